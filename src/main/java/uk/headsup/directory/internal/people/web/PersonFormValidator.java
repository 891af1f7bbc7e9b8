package uk.headsup.directory.internal.people.web;

import jakarta.validation.Validator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link PersonForm}: an email address that looks like one and is nobody else's, and a telephone
 * number that looks like one. Problems are reported in the order of the page.
 */
@Component
class PersonFormValidator {

    private final Validator constraints;
    private final People people;

    PersonFormValidator(Validator constraints, People people) {
        this.constraints = constraints;
        this.people = people;
    }

    /**
     * True when the details may be saved for {@code self} (null for someone new); otherwise the problems are in
     * {@code errors}.
     */
    boolean check(PersonForm form, Long self, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!problems.has("email")) {
            if (!ContactDetails.isEmail(form.email())) {
                problems.add(
                        "email", "format", "Enter an email address in the correct format, like name@school.sch.uk");
            } else {
                Optional<Person> holder = people.byEmail(form.email());
                if (holder.isPresent() && (self == null || holder.get().id() != self)) {
                    problems.add(
                            "email",
                            "taken",
                            form.email() + " is already the email address of "
                                    + holder.get().fullName() + ": each person has their own work email address");
                }
            }
        }
        if (!form.phone().isBlank() && !ContactDetails.isPhone(form.phone())) {
            problems.add("phone", "format", "Enter a telephone number, like 01632 960000 or +44 1632 960000");
        }
        return problems.reportTo(errors);
    }
}
