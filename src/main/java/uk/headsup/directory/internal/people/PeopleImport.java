package uk.headsup.directory.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.CsvImport.RowResult;
import uk.headsup.directory.internal.csvimport.CsvTable;
import uk.headsup.directory.internal.csvimport.ImportReports.Outcome;
import uk.headsup.directory.internal.web.Dates;

/**
 * People and their roles from the authority's CSV file (see {@code docs/directory-imports.md}). A person is found
 * by their work email, ignoring case; a role by person, place, role and start date. A line adds the person and
 * the role if they are new, updates the person's name (and phone and job title, when given), and sets the role's
 * end date to the file's: an end date ends the role, which stays as history. Nobody is deleted, and people left
 * out of the file are left as they are. Importing the same file again changes nothing.
 */
@Component
class PeopleImport implements CsvImport.Kind {

    static final String KIND = "PEOPLE";

    private final People people;
    private final Workplaces workplaces;

    PeopleImport(People people, Workplaces workplaces) {
        this.people = people;
        this.workplaces = workplaces;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> requiredColumns() {
        return PeopleRow.REQUIRED;
    }

    @Override
    public String template() {
        return "Email, Full name, Phone, Job title, Organisation URN, Role, Start date, End date";
    }

    @Override
    public CsvImport.RowHandler handler(long importId) {
        return new Lines();
    }

    /** One file's lines, remembering earlier lines to catch contradictions within the file. */
    private final class Lines implements CsvImport.RowHandler {

        private record Seen(int line, String fullName) {}

        private final Map<String, Seen> emails = new HashMap<>();
        private final Map<String, Integer> roles = new HashMap<>();

        @Override
        public RowResult apply(CsvTable.Row line) {
            PeopleRow.Read read = PeopleRow.read(line);
            String email = line.get(PeopleRow.EMAIL);
            String name = line.get(PeopleRow.FULL_NAME);
            if (!read.problems().isEmpty()) {
                return RowResult.rejected(email, name, String.join(". ", read.problems()));
            }
            PeopleRow row = read.row();
            Optional<Workplace> found = workplaces.byUrn(row.urn());
            if (found.isEmpty()) {
                return RowResult.rejected(email, name, "No school or setting has URN ‘" + row.urn() + "’");
            }
            Workplace workplace = found.get();
            if (!Workplaces.takesAppointments(workplace.kind())) {
                return RowResult.rejected(
                        email,
                        name,
                        "URN ‘" + row.urn() + "’ is " + workplace.name() + ", a "
                                + workplace.kind().label() + ", not a school or setting");
            }
            String emailKey = row.email().toLowerCase(Locale.ROOT);
            Seen seen = emails.get(emailKey);
            if (seen != null && !seen.fullName().equals(row.fullName())) {
                return RowResult.rejected(
                        email,
                        name,
                        "Line " + seen.line() + " gives this email to ‘" + seen.fullName()
                                + "’: each person has their own email address");
            }
            String roleKey = emailKey + "|" + workplace.id() + "|" + row.role() + "|" + row.startsOn();
            Integer sameRole = roles.get(roleKey);
            if (sameRole != null) {
                return RowResult.rejected(
                        email, name, "Line " + sameRole + " already gives this person this role from this date");
            }
            emails.putIfAbsent(emailKey, new Seen(line.line(), row.fullName()));
            roles.put(roleKey, line.line());
            return save(row, workplace);
        }

        private RowResult save(PeopleRow row, Workplace workplace) {
            String email = row.email();
            String name = row.fullName();
            String role = row.role().label() + " at " + workplace.name();
            Optional<Person> existing = people.byEmail(email);
            Appointment same = null;
            if (existing.isPresent()) {
                List<Appointment> overlapping = people.overlapping(
                        existing.get().id(), workplace.id(), row.role(), row.startsOn(), row.endsOn());
                same = people.appointment(existing.get().id(), workplace.id(), row.role(), row.startsOn())
                        .orElse(null);
                Appointment clash = overlapping.stream()
                        .filter(a -> !a.startsOn().equals(row.startsOn()))
                        .findFirst()
                        .orElse(null);
                if (clash != null) {
                    return RowResult.rejected(
                            email,
                            name,
                            existing.get().fullName() + " is already " + role + " from "
                                    + Dates.format(clash.startsOn())
                                    + (clash.endsOn() == null ? "" : " to " + Dates.format(clash.endsOn()))
                                    + ", which overlaps these dates: correct the start date in the file or in"
                                    + " Heads Up");
                }
            }
            List<String> changes = new ArrayList<>();
            boolean added = false;
            long personId;
            if (existing.isEmpty()) {
                personId = people.add(name, email, row.phone(), row.jobTitle());
                changes.add("New person");
                added = true;
            } else {
                Person person = existing.get();
                personId = person.id();
                String phone = row.phone().isEmpty() ? person.phone() : row.phone();
                String title = row.jobTitle().isEmpty() ? person.jobTitle() : row.jobTitle();
                change(changes, "Name", person.fullName(), name);
                change(changes, "Phone", person.phone(), phone);
                change(changes, "Job title", person.jobTitle(), title);
                if (!changes.isEmpty()) {
                    people.change(personId, name, person.email(), phone, title);
                }
            }
            if (same == null) {
                people.appoint(personId, workplace.id(), row.role(), row.startsOn(), row.endsOn());
                changes.add(role + " from " + Dates.format(row.startsOn())
                        + (row.endsOn() == null ? "" : " to " + Dates.format(row.endsOn())));
                added = true;
            } else if (!Objects.equals(same.endsOn(), row.endsOn())) {
                people.end(same.id(), row.endsOn());
                changes.add(
                        row.endsOn() == null
                                ? role + " no longer has an end date"
                                : role + " ends on " + Dates.format(row.endsOn()));
            }
            if (changes.isEmpty()) {
                return RowResult.unchanged(email, name);
            }
            return new RowResult(added ? Outcome.ADDED : Outcome.UPDATED, email, name, String.join("; ", changes));
        }

        private static void change(List<String> changes, String field, String before, String after) {
            String b = before == null ? "" : before;
            String a = after == null ? "" : after;
            if (!b.equals(a)) {
                changes.add(field + " ‘" + b + "’ → ‘" + a + "’");
            }
        }
    }
}
