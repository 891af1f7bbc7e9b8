package uk.headsup.directory.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.headsup.directory.internal.Dates;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.CsvImport.RowResult;
import uk.headsup.directory.internal.csvimport.CsvTable;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.directory.internal.csvimport.ImportReports.Outcome;

/**
 * People and their roles from the authority's CSV file (see {@code docs/directory-imports.md}). A person is found
 * by their work email, ignoring case; a role by person, place, role and start date. A line adds the person and
 * the role if they are new, updates the person's name (and phone and job title, when given), and sets the role's
 * end date to the file's: an end date ends the role, which stays as history. Nobody is deleted, and people left
 * out of the file are left as they are. Importing the same file again changes nothing.
 */
@Component
public class PeopleImport implements CsvImport.Kind {

    private final People people;
    private final Workplaces workplaces;

    PeopleImport(People people, Workplaces workplaces) {
        this.people = people;
        this.workplaces = workplaces;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PEOPLE;
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

    /**
     * One file's lines, remembering earlier lines to catch contradictions within the file. The places, people and
     * roles the file names are read once, before its first line, and kept as each line leaves them; what the lines
     * decide is written after the last, a few statements for the whole file (in the import's one transaction).
     */
    private final class Lines implements CsvImport.RowHandler {

        private record Seen(int line, String fullName) {}

        private final Map<String, Seen> emails = new HashMap<>();
        private final Map<String, Integer> roles = new HashMap<>();

        /** Each line as read, by its row. */
        private final Map<CsvTable.Row, PeopleRow.Read> reads = new IdentityHashMap<>();
        /** The places the file names, by upper-case URN. */
        private Map<String, Workplace> places = Map.of();
        /** The people the file names as they are so far (id 0 for those it adds), by lower-case email. */
        private final Map<String, Person> known = new HashMap<>();
        /** Their roles as they are so far (id 0 for those the file adds), by lower-case email. */
        private final Map<String, List<Appointment>> appointments = new HashMap<>();

        private final Map<String, Person> added = new LinkedHashMap<>();
        private final Map<String, Person> changed = new LinkedHashMap<>();
        private final Map<Long, LocalDate> ended = new LinkedHashMap<>();

        @Override
        public void prepare(List<CsvTable.Row> lines) {
            Set<String> urns = new HashSet<>();
            Set<String> addresses = new HashSet<>();
            for (CsvTable.Row line : lines) {
                if (line.error() == null) {
                    PeopleRow.Read read = PeopleRow.read(line);
                    reads.put(line, read);
                    if (read.problems().isEmpty()) {
                        urns.add(key(read.row().urn()));
                        addresses.add(read.row().email().toLowerCase(Locale.ROOT));
                    }
                }
            }
            places = workplaces.byUrns(urns);
            Map<Long, String> emailById = new HashMap<>();
            for (Person person : people.byEmails(addresses)) {
                String email = person.email().toLowerCase(Locale.ROOT);
                known.put(email, person);
                emailById.put(person.id(), email);
            }
            for (Appointment a : people.appointmentsOf(emailById.keySet())) {
                appointments
                        .computeIfAbsent(emailById.get(a.personId()), e -> new ArrayList<>())
                        .add(a);
            }
        }

        @Override
        public RowResult apply(CsvTable.Row line) {
            PeopleRow.Read read = reads.computeIfAbsent(line, PeopleRow::read);
            String email = line.get(PeopleRow.EMAIL);
            String name = line.get(PeopleRow.FULL_NAME);
            if (!read.problems().isEmpty()) {
                return RowResult.rejected(email, name, String.join(". ", read.problems()));
            }
            PeopleRow row = read.row();
            Workplace workplace = places.get(key(row.urn()));
            if (workplace == null) {
                return RowResult.rejected(email, name, "No school or setting has URN ‘" + row.urn() + "’");
            }
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
            return save(emailKey, row, workplace);
        }

        private RowResult save(String emailKey, PeopleRow row, Workplace workplace) {
            String email = row.email();
            String name = row.fullName();
            String role = row.role().label() + " at " + workplace.name();
            Person existing = known.get(emailKey);
            List<Appointment> held = appointments.computeIfAbsent(emailKey, e -> new ArrayList<>());
            Appointment same = null;
            if (existing != null) {
                same = held.stream()
                        .filter(a -> a.organisationId() == workplace.id()
                                && a.role() == row.role()
                                && a.startsOn().equals(row.startsOn()))
                        .findFirst()
                        .orElse(null);
                Appointment clash = held.stream()
                        .filter(a -> a.organisationId() == workplace.id()
                                && a.role() == row.role()
                                && a.overlaps(row.startsOn(), row.endsOn())
                                && !a.startsOn().equals(row.startsOn()))
                        .min(Comparator.comparing(Appointment::startsOn))
                        .orElse(null);
                if (clash != null) {
                    return RowResult.rejected(
                            email,
                            name,
                            existing.fullName() + " is already " + role + " from "
                                    + Dates.format(clash.startsOn())
                                    + (clash.endsOn() == null ? "" : " to " + Dates.format(clash.endsOn()))
                                    + ", which overlaps these dates: correct the start date in the file or in"
                                    + " Heads Up");
                }
            }
            List<String> changes = new ArrayList<>();
            boolean isNew = false;
            if (existing == null) {
                Person person = People.stored(0, name, email, row.phone(), row.jobTitle());
                known.put(emailKey, person);
                added.put(emailKey, person);
                changes.add("New person");
                isNew = true;
            } else {
                String phone = row.phone().isEmpty() ? existing.phone() : row.phone();
                String title = row.jobTitle().isEmpty() ? existing.jobTitle() : row.jobTitle();
                change(changes, "Name", existing.fullName(), name);
                change(changes, "Phone", existing.phone(), phone);
                change(changes, "Job title", existing.jobTitle(), title);
                if (!changes.isEmpty()) {
                    Person person = People.stored(existing.id(), name, existing.email(), phone, title);
                    known.put(emailKey, person);
                    (person.id() == 0 ? added : changed).put(emailKey, person);
                }
            }
            if (same == null) {
                held.add(new Appointment(
                        0,
                        0,
                        workplace.id(),
                        workplace.name(),
                        workplace.kind(),
                        workplace.urn(),
                        row.role(),
                        row.startsOn(),
                        row.endsOn()));
                changes.add(role + " from " + Dates.format(row.startsOn())
                        + (row.endsOn() == null ? "" : " to " + Dates.format(row.endsOn())));
                isNew = true;
            } else if (!Objects.equals(same.endsOn(), row.endsOn())) {
                // a role the file adds is never met again here: a second line for it is refused above
                held.set(held.indexOf(same), withEnd(same, row.endsOn()));
                ended.put(same.id(), row.endsOn());
                changes.add(
                        row.endsOn() == null
                                ? role + " no longer has an end date"
                                : role + " ends on " + Dates.format(row.endsOn()));
            }
            if (changes.isEmpty()) {
                return RowResult.unchanged(email, name);
            }
            return new RowResult(isNew ? Outcome.ADDED : Outcome.UPDATED, email, name, String.join("; ", changes));
        }

        /** Writes what the lines decided: new people first, for the ids of their roles. */
        @Override
        public void finish() {
            Map<String, Long> ids = people.addAll(added.values());
            people.changeAll(changed.values());
            List<Appointment> appointed = new ArrayList<>();
            appointments.forEach((email, held) -> {
                for (Appointment a : held) {
                    if (a.id() == 0) {
                        long person =
                                known.get(email).id() != 0 ? known.get(email).id() : ids.get(email);
                        appointed.add(withPerson(a, person));
                    }
                }
            });
            people.appointAll(appointed);
            people.endAll(ended);
        }

        private static Appointment withEnd(Appointment a, LocalDate endsOn) {
            return new Appointment(
                    a.id(),
                    a.personId(),
                    a.organisationId(),
                    a.organisationName(),
                    a.organisationKind(),
                    a.urn(),
                    a.role(),
                    a.startsOn(),
                    endsOn);
        }

        private static Appointment withPerson(Appointment a, long personId) {
            return new Appointment(
                    a.id(),
                    personId,
                    a.organisationId(),
                    a.organisationName(),
                    a.organisationKind(),
                    a.urn(),
                    a.role(),
                    a.startsOn(),
                    a.endsOn());
        }

        private static String key(String urn) {
            return urn.strip().toUpperCase(Locale.ROOT);
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
