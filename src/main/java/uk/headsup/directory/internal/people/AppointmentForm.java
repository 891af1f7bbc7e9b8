package uk.headsup.directory.internal.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.web.Dates;
import uk.headsup.platform.DateInput;

/** A role to give someone: where (found by a search), which role, and from when (and, for the past, until). */
public class AppointmentForm {

    private String organisationQuery = "";
    private String organisationId = "";
    private String role = "";
    private DateInput startsOn = new DateInput();
    private DateInput endsOn = new DateInput();

    /** What the form asks for, once it is checked. */
    record Checked(Workplace workplace, OrganisationRole role, LocalDate from, LocalDate until) {}

    /** Checks the form; returns what it asks for, or null after recording each problem on its field. */
    Checked check(Errors errors, Person person, Workplaces workplaces, People people) {
        Workplace workplace = null;
        if (organisationId.isBlank()) {
            errors.rejectValue(
                    organisationQuery.isBlank() ? "organisationQuery" : "organisationId",
                    "required",
                    organisationQuery.isBlank()
                            ? "Search for the school or setting by its name, URN or postcode"
                            : "Select the school or setting");
        } else {
            workplace = parseLong(organisationId).flatMap(workplaces::find).orElse(null);
            if (workplace == null) {
                errors.rejectValue("organisationId", "unknown", "Select the school or setting");
            }
        }
        OrganisationRole chosenRole = Arrays.stream(OrganisationRole.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        if (chosenRole == null) {
            errors.rejectValue("role", "required", "Select their role");
        }
        LocalDate from = null;
        if (startsOn.isBlank()) {
            errors.rejectValue("startsOn", "required", "Enter the date they started in this role");
        } else if (startsOn.problem("The start date") != null) {
            errors.rejectValue("startsOn", "invalid", startsOn.problem("The start date"));
        } else {
            from = startsOn.date().orElseThrow();
        }
        LocalDate until = null;
        if (endsOn.problem("The end date") != null) {
            errors.rejectValue("endsOn", "invalid", endsOn.problem("The end date"));
        } else if (!endsOn.isBlank()) {
            until = endsOn.date().orElseThrow();
            if (from != null && until.isBefore(from)) {
                errors.rejectValue("endsOn", "beforeStart", "The end date must be on or after the start date");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<Appointment> clash = people.overlapping(person.id(), workplace.id(), chosenRole, from, until);
        if (!clash.isEmpty()) {
            Appointment a = clash.get(0);
            errors.rejectValue(
                    "startsOn",
                    "overlaps",
                    person.fullName() + " is already " + chosenRole.label() + " at " + workplace.name() + " from "
                            + Dates.format(a.startsOn())
                            + (a.endsOn() == null ? "" : " to " + Dates.format(a.endsOn()))
                            + ": end that role first, or choose dates after it");
            return null;
        }
        return new Checked(workplace, chosenRole, from, until);
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getOrganisationQuery() {
        return organisationQuery;
    }

    public void setOrganisationQuery(String organisationQuery) {
        this.organisationQuery = organisationQuery == null ? "" : organisationQuery.strip();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId == null ? "" : organisationId.strip();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null ? "" : role.strip();
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn == null ? new DateInput() : startsOn;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn == null ? new DateInput() : endsOn;
    }
}
