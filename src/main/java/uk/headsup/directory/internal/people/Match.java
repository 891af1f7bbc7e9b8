package uk.headsup.directory.internal.people;

import java.util.Locale;
import java.util.Map;

/**
 * What a people search matches, as a SQL condition on {@code people p}. A name matches if it contains the text
 * anywhere (a trigram index). An email address matches if it starts with the text, or its domain does: two ordinary
 * index ranges ({@code people_email_prefix}, {@code people_email_domain}). Addresses are not searched by trigrams:
 * the trigrams of a domain that many addresses share ("sch.uk", the authority's name) list nearly everyone, and a
 * search for part of an address read those lists whole.
 *
 * <ul>
 *   <li>{@code abbott}: names containing it, addresses and domains starting with it.
 *   <li>{@code j.smith@elm}: addresses starting with it.
 *   <li>{@code @northbrook}: domains starting with {@code northbrook}.
 * </ul>
 */
record Match(String where, Map<String, Object> params) {

    private static final String NAME = "lower(p.full_name) like :contains";
    private static final String ADDRESS = "lower(p.email) collate \"C\" like :prefix";
    private static final String DOMAIN = "split_part(lower(p.email), '@', 2) collate \"C\" like :domain";

    static Match of(String query) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new Match("", Map.of());
        }
        if (text.startsWith("@")) {
            return new Match(" where " + DOMAIN, Map.of("domain", escape(text.substring(1)) + "%"));
        }
        String prefix = escape(text) + "%";
        if (text.contains("@")) {
            return new Match(" where " + ADDRESS, Map.of("prefix", prefix));
        }
        return new Match(
                " where (" + NAME + " or " + ADDRESS + " or " + DOMAIN + ")",
                Map.of("contains", "%" + prefix, "prefix", prefix, "domain", prefix));
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
