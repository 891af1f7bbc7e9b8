package uk.headsup.bulletins.internal.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A short passage of an article around the words searched for, with those words marked: the window of text with
 * the most matches. A word matches when it starts with one of the query's English stems ("safeguarding" for
 * safeguard), which is how PostgreSQL's stemmer shortens English words. Far cheaper than ts_headline, which parses
 * each document again.
 */
final class Snippets {

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

    /** Safe HTML: the passage escaped, matches in {@code <mark>}, "…" where it is cut. */
    static String of(String text, List<String> stems) {
        if (text == null || text.isBlank() || stems.isEmpty()) {
            return "";
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
            return "";
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
            return "";
        }
        // Start a few words before the window's first match, so the reader sees what leads up to it.
        int first = best;
        while (words.get(first)[2] == 0) {
            first++;
        }
        best = Math.max(0, first - LEAD);
        int last = Math.min(words.size() - 1, best + WINDOW - 1);
        StringBuilder html = new StringBuilder(best > 0 ? "… " : "");
        int at = words.get(best)[0];
        for (int i = best; i <= last; i++) {
            int[] w = words.get(i);
            html.append(HtmlUtils.htmlEscape(text.substring(at, w[0]).replace('\n', ' ')));
            String word = HtmlUtils.htmlEscape(text.substring(w[0], w[1]));
            html.append(w[2] == 1 ? "<mark>" + word + "</mark>" : word);
            at = w[1];
        }
        if (last < words.size() - 1) {
            html.append(" …");
        } else {
            html.append(HtmlUtils.htmlEscape(text.substring(at).replace('\n', ' ')));
        }
        return html.toString().strip();
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    /** Whether the word at [start, end) of the text starts with a stem, ignoring case; ’ counts as '. */
    static boolean matches(String text, int start, int end, List<String> stems) {
        for (String stem : stems) {
            int n = stem.length();
            if (n > end - start) {
                continue;
            }
            int k = 0;
            while (k < n && sameLetter(text.charAt(start + k), stem.charAt(k))) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
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
