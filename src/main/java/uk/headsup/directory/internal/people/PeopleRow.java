package uk.headsup.directory.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.csvimport.CsvDates;
import uk.headsup.directory.internal.csvimport.CsvTable;

/**
 * One line of a people file, read and checked on its own (whether the organisation exists is for the import to
 * say). The columns are those of {@code docs/templates/people.csv}.
 */
record PeopleRow(
        String email,
        String fullName,
        String phone,
        String jobTitle,
        String urn,
        OrganisationRole role,
        LocalDate startsOn,
        LocalDate endsOn) {

    static final String EMAIL = "Email";
    static final String FULL_NAME = "Full name";
    static final String PHONE = "Phone";
    static final String JOB_TITLE = "Job title";
    static final String URN = "Organisation URN";
    static final String ROLE = "Role";
    static final String START = "Start date";
    static final String END = "End date";

    static final List<String> REQUIRED = List.of(EMAIL, FULL_NAME, URN, ROLE, START);

    private static final Map<String, OrganisationRole> ALIASES = Map.of(
            "head", OrganisationRole.HEADTEACHER,
            "head teacher", OrganisationRole.HEADTEACHER,
            "deputy head", OrganisationRole.DEPUTY_HEADTEACHER,
            "sendco", OrganisationRole.SENCO,
            "business manager", OrganisationRole.BUSINESS_MANAGER,
            "chair", OrganisationRole.CHAIR_OF_GOVERNORS);

    /** The row read, or the problems with it, every one of them. */
    record Read(PeopleRow row, List<String> problems) {}

    static Read read(CsvTable.Row line) {
        List<String> problems = new ArrayList<>();
        String email = ContactDetails.email(line.get(EMAIL));
        if (email.isEmpty()) {
            problems.add("Email is blank");
        } else if (!ContactDetails.isEmail(email)) {
            problems.add(
                    "Email ‘" + email + "’ is not an email address in the correct format, like name@school.sch.uk");
        }
        String fullName = line.get(FULL_NAME);
        if (fullName.isEmpty()) {
            problems.add("Full name is blank");
        }
        String phone = ContactDetails.phone(line.get(PHONE));
        if (!phone.isEmpty() && !ContactDetails.isPhone(phone)) {
            problems.add("Phone ‘" + phone + "’ is not a telephone number, like 01632 960000");
        }
        String urn = line.get(URN);
        if (urn.isEmpty()) {
            problems.add("Organisation URN is blank");
        }
        OrganisationRole role = null;
        String roleText = line.get(ROLE);
        if (roleText.isEmpty()) {
            problems.add("Role is blank");
        } else {
            role = role(roleText).orElse(null);
            if (role == null) {
                problems.add("Role ‘" + roleText + "’ is not one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(OrganisationRole.values())
                                        .map(OrganisationRole::label)
                                        .toList()));
            }
        }
        LocalDate start = date(line.get(START), START, true, problems);
        LocalDate end = date(line.get(END), END, false, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("End date is before the start date");
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new PeopleRow(email, fullName, phone, line.get(JOB_TITLE), urn, role, start, end), problems);
    }

    static Optional<OrganisationRole> role(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        for (OrganisationRole role : OrganisationRole.values()) {
            if (role.label().toLowerCase(Locale.UK).equals(key)
                    || role.name().toLowerCase(Locale.UK).replace('_', ' ').equals(key.replace('_', ' '))) {
                return Optional.of(role);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }

    private static LocalDate date(String text, String column, boolean required, List<String> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(column + " is blank");
            }
            return null;
        }
        Optional<LocalDate> date = CsvDates.parse(text);
        if (date.isEmpty()) {
            problems.add(column + " ‘" + text + "’ is not a date like 01/09/2025");
            return null;
        }
        return date.get();
    }
}
