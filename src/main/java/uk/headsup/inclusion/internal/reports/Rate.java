package uk.headsup.inclusion.internal.reports;

import uk.headsup.platform.SmallNumbers;

/**
 * "12 of 15 (80 %)": a count of a whole, shown through {@link SmallNumbers} when it must be. Suppressed, a rate
 * of fewer than 5 pupils is not shown at all; a part under 5 is "fewer than 5 of 12"; a part that would tell
 * that fewer than 5 did not (8 of 10) is "at least 6 of 10" (no more than the rule lets a reader work out); and no
 * percentage is given for either.
 */
public record Rate(String label, long part, long whole) {

    static final String TOO_FEW = SmallNumbers.FEWER_THAN + " pupils: not shown";

    public String shown(boolean suppress) {
        if (whole == 0) {
            return suppress ? TOO_FEW : "none";
        }
        if (suppress && SmallNumbers.hidden(whole)) {
            return TOO_FEW;
        }
        if (suppress && SmallNumbers.hidden(part)) {
            return SmallNumbers.FEWER_THAN + " of " + whole;
        }
        if (suppress && SmallNumbers.hidden(whole - part)) {
            return "at least " + Math.max(SmallNumbers.THRESHOLD, whole - SmallNumbers.THRESHOLD + 1) + " of " + whole;
        }
        return part + " of " + whole + " (" + Math.round(100.0 * part / whole) + " %)";
    }
}
