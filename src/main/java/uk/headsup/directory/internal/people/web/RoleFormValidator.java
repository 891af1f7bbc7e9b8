package uk.headsup.directory.internal.people.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link RoleForm}: a role of the list. Also reads the role of a {@link StaffForm}. */
@Component
class RoleFormValidator {

    private final Validator constraints;

    RoleFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The role, or null with the problem in {@code errors}. */
    OrganisationRole check(RoleForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        OrganisationRole role = role(problems, form.role());
        return problems.reportTo(errors) ? role : null;
    }

    /** The role chosen, or null after adding "Select their role" when none of the list was. */
    static OrganisationRole role(FormProblems problems, String name) {
        OrganisationRole role = Arrays.stream(OrganisationRole.values())
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(null);
        if (role == null) {
            problems.add("role", "required", "Select their role");
        }
        return role;
    }
}
