package uk.headsup.events.internal;

/** CSV fields (RFC 4180), with cells that a spreadsheet would run as a formula made harmless. */
public final class Csv {

    private Csv() {}

    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
