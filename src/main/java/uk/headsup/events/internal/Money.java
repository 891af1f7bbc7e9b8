package uk.headsup.events.internal;

/** Amounts in pence, written as pounds. */
public final class Money {

    private Money() {}

    public static String format(long pence) {
        return (pence < 0 ? "-" : "") + "£" + String.format("%,d.%02d", Math.abs(pence) / 100, Math.abs(pence) % 100);
    }

    /** For CSV: 1234.50, no currency sign or separators. */
    public static String plain(long pence) {
        return (pence < 0 ? "-" : "") + Math.abs(pence) / 100 + "." + String.format("%02d", Math.abs(pence) % 100);
    }

    /** "120", "120.50" or "£120.50" into pence; null if it is not an amount of money. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(",", "");
        if (s.startsWith("£")) {
            s = s.substring(1);
        }
        if (!s.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return null;
        }
        String[] parts = s.split("\\.");
        long pounds = Long.parseLong(parts[0]);
        long pence = parts.length == 1 ? 0 : Long.parseLong((parts[1] + "0").substring(0, 2));
        return pounds * 100 + pence;
    }
}
