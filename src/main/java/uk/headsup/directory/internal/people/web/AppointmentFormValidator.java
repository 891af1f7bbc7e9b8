package uk.headsup.directory.internal.people.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.people.Appointment;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.directory.internal.people.Workplace;
import uk.headsup.directory.internal.people.Workplaces;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link AppointmentForm}: a school or setting chosen from the search, a role, a real start date,
 * an end date not before it, and no other term of the same role there at the same time. Problems are reported in the
 * order of the page.
 */
@Component
class AppointmentFormValidator {

    /** What the form asks for, once it is right. */
    record Checked(Workplace workplace, OrganisationRole role, LocalDate from, LocalDate until) {}

    private final Validator constraints;
    private final Workplaces workplaces;
    private final People people;

    AppointmentFormValidator(Validator constraints, Workplaces workplaces, People people) {
        this.constraints = constraints;
        this.workplaces = workplaces;
        this.people = people;
    }

    /** The role to give {@code person}, or null with the problems in {@code errors}. */
    Checked check(AppointmentForm form, Person person, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        Workplace workplace = null;
        if (form.organisationId().isBlank()) {
            if (form.organisationQuery().isBlank()) {
                problems.add(
                        "organisationQuery",
                        "required",
                        "Search for the school or setting by its name, URN or postcode");
            } else {
                problems.add("organisationId", "required", "Select the school or setting");
            }
        } else {
            workplace =
                    parseLong(form.organisationId()).flatMap(workplaces::find).orElse(null);
            if (workplace == null) {
                problems.add("organisationId", "unknown", "Select the school or setting");
            }
        }
        OrganisationRole role = Arrays.stream(OrganisationRole.values())
                .filter(r -> r.name().equals(form.role()))
                .findFirst()
                .orElse(null);
        if (role == null) {
            problems.add("role", "required", "Select their role");
        }
        LocalDate from = problems.requiredDate(
                "startsOn", form.startsOn(), "Enter the date they started in this role", "The start date");
        LocalDate until = problems.optionalDate("endsOn", form.endsOn(), "The end date");
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("endsOn", "beforeStart", "The end date must be on or after the start date");
        }
        if (problems.isEmpty()) {
            List<Appointment> clash = people.overlapping(person.id(), workplace.id(), role, from, until);
            if (!clash.isEmpty()) {
                Appointment a = clash.get(0);
                problems.add(
                        "startsOn",
                        "overlaps",
                        person.fullName() + " is already " + role.label() + " at " + workplace.name() + " from "
                                + Dates.format(a.startsOn())
                                + (a.endsOn() == null ? "" : " to " + Dates.format(a.endsOn()))
                                + ": end that role first, or choose dates after it");
            }
        }
        return problems.reportTo(errors) ? new Checked(workplace, role, from, until) : null;
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
