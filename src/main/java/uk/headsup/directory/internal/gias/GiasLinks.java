package uk.headsup.directory.internal.gias;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * GIAS's establishment links file ({@code links_edubasealldata*.csv}: URN, LinkURN, LinkName, LinkType,
 * LinkEstablishedDate): which establishment came before which. "Predecessor" rows (the URN's predecessor is
 * LinkURN) and "Successor" rows (LinkURN succeeded the URN) are stored one way round; other links (sixth form
 * centres, "Other") are left out. Each import replaces the links before it, in the caller's transaction.
 */
@Component
class GiasLinks {

    static final List<String> REQUIRED = List.of("URN", "LinkURN", "LinkType");
    private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private record Link(String successor, String predecessor, String type, LocalDate since) {}

    /** How many rows the file held and how many predecessor links were kept. */
    record Imported(int rowsRead, int links) {}

    private final JdbcClient jdbc;

    GiasLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this header is that of the links file rather than the establishments file. */
    static boolean isLinksFile(List<String> header) {
        return header.containsAll(REQUIRED);
    }

    Imported replace(GiasFile reader) {
        GiasColumns columns = new GiasColumns(reader.header());
        int urn = columns.indexOf("URN");
        int linked = columns.indexOf("LinkURN");
        int type = columns.indexOf("LinkType");
        int date = columns.indexOf("LinkEstablishedDate");
        Map<List<String>, Link> links = new LinkedHashMap<>();
        int rows = 0;
        while (reader.next()) {
            rows++;
            List<String> f = reader.fields();
            if (f.size() <= Math.max(urn, Math.max(linked, type))) {
                continue;
            }
            String kind = f.get(type).trim();
            String lower = kind.toLowerCase(Locale.ROOT);
            String successor;
            String predecessor;
            if (lower.startsWith("predecessor")) {
                successor = f.get(urn).trim();
                predecessor = f.get(linked).trim();
            } else if (lower.startsWith("successor")) {
                successor = f.get(linked).trim();
                predecessor = f.get(urn).trim();
                kind = "Predecessor" + kind.substring("successor".length());
            } else {
                continue;
            }
            if (successor.isEmpty() || predecessor.isEmpty() || successor.equals(predecessor)) {
                continue;
            }
            links.putIfAbsent(
                    List.of(successor, predecessor),
                    new Link(successor, predecessor, kind, date < 0 || date >= f.size() ? null : date(f.get(date))));
        }
        jdbc.sql("delete from organisation_links").update();
        List<Link> batch = new ArrayList<>(links.values());
        for (int i = 0; i < batch.size(); i += 1000) {
            // A thousand rows a statement: the whole country's links (some 50,000) in a few dozen round trips.
            List<Link> chunk = batch.subList(i, Math.min(batch.size(), i + 1000));
            StringBuilder sql = new StringBuilder(
                    "insert into organisation_links (successor_urn, predecessor_urn, link_type, established_on) values ");
            List<Object> params = new ArrayList<>();
            for (Link link : chunk) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
                params.add(link.successor());
                params.add(link.predecessor());
                params.add(link.type());
                params.add(link.since());
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
        return new Imported(rows, links.size());
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim(), GIAS_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
