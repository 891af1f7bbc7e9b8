package uk.headsup.inclusion.internal.reports;

import uk.headsup.platform.SmallNumbers;

/** "12 of 15 (80 %)": a count of a whole, shown through {@link SmallNumbers} when it must be. */
public record Rate(String label, long part, long whole) {

    public String shown(boolean suppress) {
        if (whole == 0) {
            return suppress ? SmallNumbers.FEWER_THAN + " pupils" : "none";
        }
        if (suppress
                && (SmallNumbers.hidden(part) || SmallNumbers.hidden(whole) || SmallNumbers.hidden(whole - part))) {
            // The part is hidden too when the rest is small: "8 of 10" would tell that 2 were not.
            String shownPart = SmallNumbers.hidden(part)
                    ? SmallNumbers.FEWER_THAN
                    : SmallNumbers.hidden(whole - part) ? SmallNumbers.HIDDEN : Long.toString(part);
            return shownPart + " of " + SmallNumbers.show(whole);
        }
        return part + " of " + whole + " (" + Math.round(100.0 * part / whole) + " %)";
    }
}
