package uk.headsup.bulletins.internal.archive.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import uk.headsup.platform.DateInput;

/**
 * The archive's search, from its query string, in the order of the page: words, and filters by series, section and
 * dates, and the page of results; {@link SearchFormValidator} checks it. Text is stripped as it is bound; a field
 * missing from the request is blank. The page is kept as sent (anything but a whole number from 1 is the first).
 */
record SearchForm(String q, String series, String section, DateInput from, DateInput to, String page) {

    SearchForm {
        q = q == null ? "" : q.strip();
        series = series == null ? "" : series.strip();
        section = section == null ? "" : section.strip();
        from = from == null ? new DateInput() : from;
        to = to == null ? new DateInput() : to;
        page = page == null ? "" : page.strip();
    }

    /** The page of results asked for: 1 unless a whole number above it was sent. */
    int pageNumber() {
        try {
            return Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The query string for another page of the same results. */
    public String pageLink(int page) {
        UriComponentsBuilder b =
                UriComponentsBuilder.fromPath("/bulletins/search").queryParam("q", q);
        if (!series.isEmpty()) {
            b.queryParam("series", series);
        }
        if (!section.isEmpty()) {
            b.queryParam("section", section);
        }
        for (var date : List.of(Map.entry("from", from), Map.entry("to", to))) {
            if (!date.getValue().isBlank()) {
                b.queryParam(date.getKey() + ".day", date.getValue().getDay());
                b.queryParam(date.getKey() + ".month", date.getValue().getMonth());
                b.queryParam(date.getKey() + ".year", date.getValue().getYear());
            }
        }
        return b.queryParam("page", page).encode().build().toUriString();
    }
}
