package uk.headsup.accounts.internal;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} allows in header names and values, checked without a
 * regular expression: the same rule as its defaults ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names, the same
 * or a tab for values), code point by code point, printable ASCII first. The firewall checks every header a filter or
 * page reads; through the regular expressions that was about a twentieth of a kept page's CPU (JFR,
 * bench/recognition.sh's register page). {@code HeaderCharactersTest} holds both to the same answers.
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    /** Spring Security's {@code ALLOWED_HEADER_NAMES} (and parameter names): assigned characters, no controls. */
    static boolean name(String text) {
        return allowed(text, false);
    }

    /** Spring Security's {@code ALLOWED_HEADER_VALUES}: assigned characters, no controls but the tab. */
    static boolean value(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
