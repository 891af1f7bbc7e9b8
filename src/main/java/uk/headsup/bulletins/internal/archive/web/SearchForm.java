package uk.headsup.bulletins.internal.archive.web;

import java.util.Map;
import uk.headsup.platform.DateInput;

/** The archive's search: words, and filters by series, section and dates. */
public class SearchForm {

    private String q = "";
    private String series = "";
    private String section = "";
    private DateInput from = new DateInput();
    private DateInput to = new DateInput();
    private int page = 1;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series == null ? "" : series;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section == null ? "" : section;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from == null ? new DateInput() : from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to == null ? new DateInput() : to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    /** The query string for another page of the same results. */
    public String pageLink(int page) {
        org.springframework.web.util.UriComponentsBuilder b =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/bulletins/search")
                        .queryParam("q", q);
        if (!series.isEmpty()) {
            b.queryParam("series", series);
        }
        if (!section.isEmpty()) {
            b.queryParam("section", section);
        }
        for (var date : Map.of("from", from, "to", to).entrySet()) {
            if (!date.getValue().isBlank()) {
                b.queryParam(date.getKey() + ".day", date.getValue().getDay());
                b.queryParam(date.getKey() + ".month", date.getValue().getMonth());
                b.queryParam(date.getKey() + ".year", date.getValue().getYear());
            }
        }
        return b.queryParam("page", page).encode().build().toUriString();
    }
}
