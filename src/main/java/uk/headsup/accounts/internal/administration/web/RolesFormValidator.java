package uk.headsup.accounts.internal.administration.web;

import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link RolesForm}: roles from the list, and the Administrator role kept by the last
 * administrator. Also reads the roles of {@link InviteForm}, which {@link InviteFormValidator} checks.
 */
@Component
class RolesFormValidator {

    private final Validator constraints;

    RolesFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The roles to give, or null with the problems in {@code errors}; {@code lastAdministrator} when the account is
     * the only one with the Administrator role.
     */
    Set<AuthorityRole> check(RolesForm form, boolean lastAdministrator, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        Set<AuthorityRole> roles = roles(problems, form.roles());
        if (roles != null && lastAdministrator && !roles.contains(AuthorityRole.ADMIN)) {
            problems.add("roles", "lastAdmin", "Keep the Administrator role: someone must be able to manage staff");
        }
        return problems.reportTo(errors) ? roles : null;
    }

    /** The roles ticked, or null after adding a problem when one is not a role of the list. */
    static Set<AuthorityRole> roles(FormProblems problems, List<String> ticked) {
        Set<AuthorityRole> roles = EnumSet.noneOf(AuthorityRole.class);
        for (String name : ticked) {
            try {
                roles.add(AuthorityRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                problems.add("roles", "unknown", "Select roles from the list");
                return null;
            }
        }
        return roles;
    }
}
