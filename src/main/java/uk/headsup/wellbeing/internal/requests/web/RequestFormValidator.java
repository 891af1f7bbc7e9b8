package uk.headsup.wellbeing.internal.requests.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;
import uk.headsup.wellbeing.internal.requests.ContactBy;

/**
 * The one validator of {@link RequestForm}: its constraints, then a way to be contacted from the list and, to be
 * called, a phone number.
 */
@Component
class RequestFormValidator {

    /** A request that passed its checks; the phone is null unless one was typed. */
    record Request(String note, ContactBy contactBy, String phone) {}

    private final Validator constraints;

    RequestFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The request, or null with the problems in {@code errors}. */
    Request check(RequestForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        ContactBy contactBy = Arrays.stream(ContactBy.values())
                .filter(c -> c.name().equals(form.contactBy()))
                .findFirst()
                .orElse(null);
        if (contactBy == null) {
            problems.add("contactBy", "required", "Choose how you would like to be contacted");
        } else if (contactBy == ContactBy.PHONE && form.phone().isEmpty() && !problems.has("phone")) {
            problems.add("phone", "required", "Enter the phone number to call you on");
        }
        return problems.reportTo(errors)
                ? new Request(form.note(), contactBy, form.phone().isEmpty() ? null : form.phone())
                : null;
    }
}
