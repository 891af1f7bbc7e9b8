package uk.headsup.directory.internal.web;

import java.util.List;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.internal.OrganisationSearch.Row;
import uk.headsup.platform.Html;

/** The rows of the organisations table, written in Java (see {@link Html}). */
final class OrganisationRows {

    private OrganisationRows() {}

    static String html(List<Row> rows) {
        Html html = new Html(rows.size() * 480);
        for (Row o : rows) {
            html.raw("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
                    .raw("<a class=\"govuk-link\" href=\"/directory/organisations/")
                    .text(o.id())
                    .raw("\">")
                    .text(o.name())
                    .raw("</a>");
            if (o.kind() != OrganisationKind.SCHOOL) {
                html.raw(" <span class=\"govuk-body-s hu-secondary\"> · ")
                        .text(o.kind().label())
                        .raw("</span>");
            }
            html.raw("</td><td class=\"govuk-table__cell\">")
                    .text(o.urn())
                    .raw("</td><td class=\"govuk-table__cell\">")
                    .text(o.phase() == null ? null : o.phase().label())
                    .raw("</td><td class=\"govuk-table__cell\">")
                    .text(o.district())
                    .raw("</td><td class=\"govuk-table__cell\">")
                    .raw(status(o.status()))
                    .raw("</td></tr>\n");
        }
        return html.toString();
    }

    private static String status(String status) {
        return switch (status) {
            case "CLOSED" -> "<strong class=\"govuk-tag govuk-tag--grey\">Closed</strong>";
            case "PROPOSED_TO_CLOSE" -> "<strong class=\"govuk-tag govuk-tag--yellow\">Proposed to close</strong>";
            case "PROPOSED_TO_OPEN" -> "<strong class=\"govuk-tag govuk-tag--blue\">Proposed to open</strong>";
            case "OPEN" -> "Open";
            default -> "";
        };
    }
}
