package uk.headsup.directory.internal.people;

import java.util.List;
import uk.headsup.platform.Html;

/** The rows of the people table, written in Java (see {@link Html}). */
final class PeopleRows {

    private PeopleRows() {}

    static String html(List<People.Summary> people) {
        Html html = new Html(people.size() * 400);
        for (People.Summary p : people) {
            html.raw("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
                    .raw("<a class=\"govuk-link\" href=\"/directory/people/")
                    .text(p.id())
                    .raw("\">")
                    .text(p.fullName())
                    .raw("</a></td><td class=\"govuk-table__cell\">")
                    .text(p.email())
                    .raw("</td><td class=\"govuk-table__cell\">");
            if (p.currentRoles().isEmpty()) {
                html.raw("None");
            } else {
                html.raw("<ul class=\"govuk-list govuk-!-margin-bottom-0\">");
                for (String role : p.currentRoles()) {
                    html.raw("<li>").text(role).raw("</li>");
                }
                html.raw("</ul>");
            }
            html.raw("</td></tr>\n");
        }
        return html.toString();
    }
}
