package uk.headsup.directory.internal.earlyyears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.internal.csvimport.CsvDates;
import uk.headsup.directory.internal.csvimport.CsvTable;

/** One line of the early years register, read and checked on its own. Columns as in {@code docs/templates}. */
record ProviderRow(
        String urn,
        String name,
        ProviderType type,
        String address,
        String town,
        String postcode,
        String district,
        boolean closed,
        OfstedGrade grade,
        LocalDate inspectedOn) {

    static final String URN = "Ofsted URN";
    static final String NAME = "Name";
    static final String TYPE = "Provider type";
    static final String ADDRESS = "Address";
    static final String TOWN = "Town";
    static final String POSTCODE = "Postcode";
    static final String DISTRICT = "District";
    /** Optional: Ofsted's registration status. Resigned or cancelled registrations close the setting. */
    static final String STATUS = "Registration status";
    /** Optional: the latest Ofsted grade (Outstanding, Good, Requires improvement, Inadequate, or 1 to 4). */
    static final String GRADE = "Ofsted grade";
    /** Optional: the date of that inspection. */
    static final String INSPECTED = "Inspection date";

    private static final List<String> OPEN_STATUSES = List.of("active", "suspended");
    private static final List<String> CLOSED_STATUSES = List.of("resigned", "cancelled", "closed");

    static final List<String> REQUIRED = List.of(URN, NAME, TYPE, ADDRESS, POSTCODE, DISTRICT);

    /** Ofsted URNs: EY and 6 or 7 digits for early years registrations, or 6 or 7 digits. */
    private static final Pattern OFSTED_URN = Pattern.compile("(EY)?[0-9]{6,7}");

    private static final Pattern POSTCODE_PATTERN = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    record Read(ProviderRow row, List<String> problems) {}

    static Read read(CsvTable.Row line) {
        List<String> problems = new ArrayList<>();
        String urn = line.get(URN).replace(" ", "").toUpperCase(Locale.ROOT);
        if (urn.isEmpty()) {
            problems.add("Ofsted URN is blank");
        } else if (!OFSTED_URN.matcher(urn).matches()) {
            problems.add("Ofsted URN ‘" + line.get(URN) + "’ is not an Ofsted URN, like EY123456 or 2123456");
        }
        String name = line.get(NAME);
        if (name.isEmpty()) {
            problems.add("Name is blank");
        }
        ProviderType type = null;
        if (line.get(TYPE).isEmpty()) {
            problems.add("Provider type is blank");
        } else {
            type = ProviderType.of(line.get(TYPE)).orElse(null);
            if (type == null) {
                problems.add("Provider type ‘" + line.get(TYPE) + "’ is not one of: " + ProviderType.allLabels());
            }
        }
        String postcode = postcode(line.get(POSTCODE));
        if (!line.get(POSTCODE).isEmpty() && postcode == null) {
            problems.add("Postcode ‘" + line.get(POSTCODE) + "’ is not a UK postcode, like EL2 1AB");
        }
        String status = line.get(STATUS).strip().toLowerCase(Locale.ROOT);
        boolean closed = CLOSED_STATUSES.contains(status);
        if (!status.isEmpty() && !closed && !OPEN_STATUSES.contains(status)) {
            problems.add("Registration status ‘" + line.get(STATUS)
                    + "’ is not one of: Active, Suspended, Resigned, Cancelled (or blank for active)");
        }
        OfstedGrade grade = null;
        if (!line.get(GRADE).isBlank()) {
            grade = OfstedGrade.of(line.get(GRADE)).orElse(null);
            if (grade == null) {
                problems.add("Ofsted grade ‘" + line.get(GRADE)
                        + "’ is not one of: Outstanding, Good, Requires improvement, Inadequate (or 1 to 4)");
            }
        }
        LocalDate inspectedOn = null;
        if (!line.get(INSPECTED).isBlank()) {
            inspectedOn = CsvDates.parse(line.get(INSPECTED)).orElse(null);
            if (inspectedOn == null) {
                problems.add("Inspection date ‘" + line.get(INSPECTED) + "’ is not a date, like 14/03/2025");
            } else if (line.get(GRADE).isBlank()) {
                problems.add("Inspection date ‘" + line.get(INSPECTED) + "’ is given without an Ofsted grade");
            }
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(
                new ProviderRow(
                        urn,
                        name.replaceAll("\\s+", " "),
                        type,
                        blankToNull(line.get(ADDRESS)),
                        blankToNull(line.get(TOWN)),
                        postcode,
                        blankToNull(line.get(DISTRICT)),
                        closed,
                        grade,
                        inspectedOn),
                problems);
    }

    /** A UK postcode in capitals with one space before the last three characters; null if it is not one. */
    static String postcode(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE_PATTERN.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s.replaceAll("\\s+", " ");
    }
}
