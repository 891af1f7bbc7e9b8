package uk.headsup.inclusion.internal.provision.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.provision.Provision;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link ProviderForm}: a name no registered provider has, and how the provider is registered and
 * commissioned, chosen from the page's lists. Problems are reported in the order of the page.
 */
@Component
class ProviderFormValidator {

    private final Validator constraints;
    private final Provision provision;

    ProviderFormValidator(Validator constraints, Provision provision) {
        this.constraints = constraints;
        this.provision = provision;
    }

    /** True when the provider may be registered; otherwise its problems are in {@code errors}. */
    boolean check(ProviderForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!problems.has("name") && provision.hasProvider(form.name())) {
            problems.add("name", "taken", "A provider with this name is already registered");
        }
        if (!ProvisionController.REGISTRATIONS.containsKey(form.registration())) {
            problems.add("registration", "required", "Select how the provider is registered");
        }
        if (!ProvisionController.COMMISSIONING.containsKey(form.commissioning())) {
            problems.add(
                    "commissioning", "required", "Select whether the provider is on the framework or spot-purchased");
        }
        return problems.reportTo(errors);
    }
}
