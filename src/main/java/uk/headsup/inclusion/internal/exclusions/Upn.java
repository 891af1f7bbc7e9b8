package uk.headsup.inclusion.internal.exclusions;

import java.util.Locale;

/**
 * The DfE's unique pupil number: a check letter then 12 characters (LA code, establishment number, year, serial;
 * the last may be a letter in a temporary UPN). The check letter is the weighted sum of characters 2 to 13
 * (weights 2 to 13, letters by their place in the check alphabet) modulo 23, read from the check alphabet.
 */
public final class Upn {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {}

    /** What is wrong with this UPN, or null if it is well formed with the right check letter. */
    public static String problem(String upn) {
        String u = normal(upn);
        if (!u.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return "UPN must be 13 characters: a letter, then 11 digits, then a digit or letter";
        }
        if (checkLetter(u.substring(1)) != u.charAt(0)) {
            return "UPN check letter is wrong: check the number against the pupil's record";
        }
        return null;
    }

    /** The check letter of the 12 characters after it. */
    static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a UPN character: " + c);
            }
            sum += value * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    static String normal(String upn) {
        return upn == null ? "" : upn.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }
}
