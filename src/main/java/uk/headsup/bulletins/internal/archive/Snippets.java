package uk.headsup.bulletins.internal.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short passage of an article around the words searched for, with those words marked: the window of text with
 * the most matches. A word matches when it starts with one of the query's English stems ("safeguarding" for
 * safeguard), which is how PostgreSQL's stemmer shortens English words. Far cheaper than ts_headline, which parses
 * each document again. The passage is text in parts; the search page's template marks the matches up and escapes it.
 */
final class Snippets {

    /**
     * A piece of a passage: plain text, then the matching word that follows it ({@code ""} after the last one).
     *
     * @param text what comes before the match, as it is (the template escapes it)
     * @param match the word that matched, to be marked; empty for the passage's end
     */
    record Part(String text, String match) {

        /** Public, for the search page's template. */
        public boolean marked() {
            return !match.isEmpty();
        }
    }

    static final int WINDOW = 30;
    static final int LEAD = 8;
    private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')+)'");

    private Snippets() {}

    /** The stems in a tsquery's text, such as {@code 'safeguard' & 'train'}, leaving out negated ones. */
    static List<String> stems(String querytree) {
        List<String> stems = new ArrayList<>();
        if (querytree == null) {
            return stems;
        }
        Matcher m = LEXEME.matcher(querytree);
        while (m.find()) {
            int before = m.start() - 1;
            while (before >= 0 && querytree.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && querytree.charAt(before) == '!') {
                continue;
            }
            stems.add(m.group(1).replace("''", "'"));
        }
        return stems;
    }

    /** The passage in parts, each match apart; "…" where it is cut; empty when nothing matched. */
    static List<Part> of(String text, List<String> stems) {
        if (text == null || text.isBlank() || stems.isEmpty()) {
            return List.of();
        }
        List<int[]> words = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            // A word: a letter or digit, then letters, digits, apostrophes and hyphens. Scanned by hand, and
            // compared with the stems in place: a regular expression and a lower-cased copy of every word cost a
            // fifth of a search page's CPU.
            if (!Character.isLetterOrDigit(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < length && inWord(text.charAt(end))) {
                end++;
            }
            words.add(new int[] {start, end, matches(text, start, end, stems) ? 1 : 0});
            start = end;
        }
        if (words.isEmpty()) {
            return List.of();
        }
        int best = 0;
        int bestCount = -1;
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            count += words.get(i)[2];
            if (i >= WINDOW) {
                count -= words.get(i - WINDOW)[2];
            }
            if (count > bestCount) {
                bestCount = count;
                best = Math.max(0, i - WINDOW + 1);
            }
        }
        if (bestCount <= 0) {
            return List.of();
        }
        // Start a few words before the window's first match, so the reader sees what leads up to it.
        int first = best;
        while (words.get(first)[2] == 0) {
            first++;
        }
        best = Math.max(0, first - LEAD);
        int last = Math.min(words.size() - 1, best + WINDOW - 1);
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(best > 0 ? "… " : "");
        int at = words.get(best)[0];
        for (int i = best; i <= last; i++) {
            int[] w = words.get(i);
            plain.append(text, at, w[0]);
            if (w[2] == 1) {
                parts.add(new Part(plain(plain, parts.isEmpty()), text.substring(w[0], w[1])));
                plain.setLength(0);
            } else {
                plain.append(text, w[0], w[1]);
            }
            at = w[1];
        }
        if (last < words.size() - 1) {
            plain.append(" …");
        } else {
            plain.append(text, at, length);
        }
        String end = plain(plain, parts.isEmpty()).stripTrailing();
        if (!end.isEmpty()) {
            parts.add(new Part(end, ""));
        }
        return parts;
    }

    /** Text between matches on one line; the passage's first text without the space it may start with. */
    private static String plain(StringBuilder text, boolean first) {
        String line = text.toString().replace('\n', ' ');
        return first ? line.stripLeading() : line;
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    /**
     * Whether the word at [start, end) of the text starts with a stem, ignoring case; ’ counts as '. PostgreSQL's
     * English stemmer (Snowball's Porter2) keeps a word's beginning except that it turns a final y after a consonant
     * into i ("policy" is "polici", "safety" "safeti") and gives back the e that "-ing" and "-ed" took from a short
     * word ("hating" is "hate"): a stem's last i also matches a y, and its last e may be missing.
     */
    static boolean matches(String text, int start, int end, List<String> stems) {
        for (String stem : stems) {
            int n = stem.length();
            boolean finalE = n > 1 && stem.charAt(n - 1) == 'e';
            if (n - (finalE ? 1 : 0) > end - start) {
                continue;
            }
            int k = 0;
            while (k < n && start + k < end && sameLetter(text.charAt(start + k), stem.charAt(k))) {
                k++;
            }
            if (k == n || (k == n - 1 && (finalE || yForI(text, start + k, end, stem.charAt(k))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean yForI(String text, int at, int end, char inStem) {
        return inStem == 'i' && at < end && Character.toLowerCase(text.charAt(at)) == 'y';
    }

    private static boolean sameLetter(char inText, char inStem) {
        if (inText == inStem) {
            return true;
        }
        if (inText == '’') {
            return inStem == '\'';
        }
        return Character.toLowerCase(inText) == inStem;
    }
}
