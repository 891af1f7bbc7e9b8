package uk.headsup.directory.internal.people.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link StaffForm}: a name, a work email address, a role of the list and a real start date;
 * then, when all of those are good, that the person does not hold that role here already. Problems are reported in
 * the order of the page.
 */
@Component
class StaffFormValidator {

    /** A member of staff to add, who passed the checks. */
    record NewStaff(String fullName, String email, OrganisationRole role, LocalDate from) {}

    private final Validator constraints;

    StaffFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The member of staff, or null with the problems in {@code errors}; {@code holder} names who already holds the
     * role here in an appointment overlapping the new one, if anyone does.
     */
    NewStaff check(StaffForm form, Function<NewStaff, Optional<String>> holder, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!ContactDetails.isEmail(form.email())) {
            problems.add("email", "invalid", "Enter their work email address, like name@school.example");
        }
        OrganisationRole role = RoleFormValidator.role(problems, form.role());
        LocalDate from = problems.requiredDate(
                "startsOn", form.startsOn(), "Enter the date they started in this role", "The start date");
        if (problems.isEmpty()) {
            NewStaff staff = new NewStaff(form.fullName(), form.email(), role, from);
            holder.apply(staff)
                    .ifPresent(name -> problems.add("role", "held", name + " is already " + role.label() + " here"));
        }
        return problems.reportTo(errors) ? new NewStaff(form.fullName(), form.email(), role, from) : null;
    }
}
