package uk.headsup.directory.internal.gias;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.headsup.directory.Phase;

/** Turns the fields of a GIAS record into a {@link GiasRow}, or says precisely why it cannot. */
final class GiasRowMapper {

    /** GIAS's status names, and the value Heads Up stores; anything but CLOSED counts as open. */
    static final Map<String, String> STATUSES = Map.of(
            "open", "OPEN",
            "closed", "CLOSED",
            "open, but proposed to close", "PROPOSED_TO_CLOSE",
            "open but proposed to close", "PROPOSED_TO_CLOSE",
            "proposed to open", "PROPOSED_TO_OPEN");

    private static final String NOT_APPLICABLE = "Not applicable";

    private final GiasColumns columns;
    private final int[][] positions;
    private final int urn;
    private final int trustName;

    GiasRowMapper(GiasColumns columns) {
        this.columns = columns;
        this.positions = new int[GiasField.ALL.length][];
        for (GiasField field : GiasField.ALL) {
            positions[field.ordinal()] =
                    field.headers().stream().mapToInt(columns::indexOf).toArray();
        }
        this.urn = columns.indexOf(GiasColumns.URN);
        this.trustName = columns.indexOf(GiasColumns.TRUST_NAME);
    }

    /** The URN of a record, if it has one where the header says, for reporting a record that cannot be read. */
    String urnOf(List<String> fields) {
        return urn >= 0 && urn < fields.size() ? blankToNull(fields.get(urn)) : null;
    }

    /** The name of a record, if it has one where the header says, for reporting a record that cannot be read. */
    String nameOf(List<String> fields) {
        int at = positions[GiasField.NAME.ordinal()][0];
        return at >= 0 && at < fields.size() ? blankToNull(fields.get(at)) : null;
    }

    GiasRow map(int line, List<String> fields) throws RowRejected {
        if (fields.size() != columns.size()) {
            throw new RowRejected(
                    "it has " + fields.size() + " fields where the header has " + columns.size() + " columns");
        }
        String urnValue = blankToNull(fields.get(urn));
        if (urnValue == null) {
            throw new RowRejected("URN is empty");
        }
        if (!isDigits(urnValue)) {
            throw new RowRejected("URN \"" + urnValue + "\" is not a number");
        }
        String[] values = new String[GiasField.ALL.length];
        for (GiasField field : GiasField.ALL) {
            values[field.ordinal()] = value(field, fields);
        }
        values[GiasField.NAME.ordinal()] = required(GiasField.NAME, values);
        values[GiasField.LA_CODE.ordinal()] = required(GiasField.LA_CODE, values);
        String status = required(GiasField.STATUS, values);
        String statusCode = STATUSES.get(status.toLowerCase(Locale.ROOT));
        if (statusCode == null) {
            throw new RowRejected(column(GiasField.STATUS) + " \"" + status
                    + "\" is not a GIAS status (Open, Closed, Open, but proposed to close, Proposed to open)");
        }
        values[GiasField.STATUS.ordinal()] = statusCode;
        values[GiasField.PHASE.ordinal()] = phase(values[GiasField.PHASE.ordinal()]);
        for (GiasField date : new GiasField[] {GiasField.OPENED_ON, GiasField.CLOSED_ON, GiasField.LAST_CHANGED}) {
            values[date.ordinal()] = date(date, values[date.ordinal()]);
        }
        for (GiasField age : new GiasField[] {GiasField.LOW_AGE, GiasField.HIGH_AGE}) {
            String v = values[age.ordinal()];
            if (v != null && (!isDigits(v) || v.length() > 3)) {
                throw new RowRejected(column(age) + " \"" + v + "\" is not a whole number of years");
            }
            if (v != null) {
                values[age.ordinal()] = String.valueOf(Integer.parseInt(v));
            }
        }
        for (GiasField grid : new GiasField[] {GiasField.EASTING, GiasField.NORTHING}) {
            String v = values[grid.ordinal()];
            if (v != null && (!isDigits(v) || v.length() > 7)) {
                throw new RowRejected(column(grid) + " \"" + v + "\" is not a grid reference in whole metres");
            }
            if (v != null) {
                values[grid.ordinal()] = String.valueOf(Integer.parseInt(v));
            }
        }
        if (NOT_APPLICABLE.equalsIgnoreCase(values[GiasField.COUNTY.ordinal()])) {
            values[GiasField.COUNTY.ordinal()] = null;
        }
        String trust = trustName >= 0 ? blankToNull(fields.get(trustName)) : null;
        return new GiasRow(line, urnValue, values, trust);
    }

    private String value(GiasField field, List<String> fields) {
        int[] at = positions[field.ordinal()];
        if (field == GiasField.HEAD) {
            StringBuilder head = new StringBuilder();
            for (int i : at) {
                String part = i >= 0 ? blankToNull(fields.get(i)) : null;
                if (part != null && !part.equalsIgnoreCase(NOT_APPLICABLE)) {
                    if (!head.isEmpty()) {
                        head.append(' ');
                    }
                    head.append(part);
                }
            }
            return head.isEmpty() ? null : head.toString();
        }
        return at[0] >= 0 ? blankToNull(fields.get(at[0])) : null;
    }

    private String required(GiasField field, String[] values) throws RowRejected {
        String v = values[field.ordinal()];
        if (v == null) {
            throw new RowRejected(column(field) + " is empty");
        }
        return v;
    }

    private static String phase(String label) {
        if (label == null) {
            return null;
        }
        for (Phase phase : Phase.values()) {
            if (phase.label().equalsIgnoreCase(label)) {
                return phase.name();
            }
        }
        return null;
    }

    /** dd-MM-yyyy to an ISO date. */
    private String date(GiasField field, String v) throws RowRejected {
        if (v == null) {
            return null;
        }
        if (v.length() == 10 && v.charAt(2) == '-' && v.charAt(5) == '-') {
            int day = digits(v, 0, 2);
            int month = digits(v, 3, 5);
            int year = digits(v, 6, 10);
            if (day >= 0 && month >= 0 && year >= 0) {
                try {
                    return LocalDate.of(year, month, day).toString();
                } catch (DateTimeException notADay) {
                    // reported below
                }
            }
        }
        throw new RowRejected(column(field) + " \"" + v + "\" is not a date in the form dd-MM-yyyy");
    }

    private String column(GiasField field) {
        String header = field.headers().get(0);
        return "column " + (columns.indexOf(header) + 1) + " (" + header + ")";
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
