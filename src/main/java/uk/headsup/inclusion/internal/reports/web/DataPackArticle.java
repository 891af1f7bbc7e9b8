package uk.headsup.inclusion.internal.reports.web;

import java.util.List;
import java.util.Set;
import uk.headsup.bulletins.ArticleAudience;
import uk.headsup.bulletins.ArticleDrafts;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.inclusion.internal.reports.CountTable;
import uk.headsup.inclusion.internal.reports.web.ReportsController.RateLine;

/**
 * The termly data pack as a bulletin article for headteachers: the county's deadlines and outcomes and its
 * breakdowns, as Markdown tables, from the tables as shown to the forum (every count under 5 already "fewer than
 * 5", and any count or total that would reveal one hidden). Per-school figures stay in the PDF.
 */
final class DataPackArticle {

    private DataPackArticle() {}

    static ArticleDrafts.NewDraft of(
            String title, List<RateLine> rates, List<CountTable.Shown> countyTables, String byEmail, String byName) {
        StringBuilder body = new StringBuilder();
        body.append("The authority's figures on exclusions, alternative provision and the outcomes of excluded")
                .append(" pupils, for the headteachers' forum. Every count under 5 is shown as \"fewer than 5\",")
                .append(" and a count or total that would let one be worked out is hidden too. Pupils are counted")
                .append(" under the school that excluded them, as it was at the time. The full pack, with each")
                .append(" excluding school's figures, is attached as a PDF.\n\n");
        body.append("# How the county is doing\n\n| Measure | County |\n|---|---:|\n");
        for (RateLine rate : rates) {
            body.append("| ")
                    .append(cell(rate.label()))
                    .append(" | ")
                    .append(cell(rate.values().get(0)));
            body.append(" |\n");
        }
        for (CountTable.Shown table : countyTables) {
            body.append("\n# ").append(table.title()).append("\n\n| Category |");
            table.columns().forEach(c -> body.append(' ').append(cell(c)).append(" |"));
            body.append("\n|---|")
                    .append("---:|".repeat(table.columns().size()))
                    .append('\n');
            for (CountTable.Line line : table.lines()) {
                body.append("| ").append(cell(line.label())).append(" |");
                line.cells().forEach(c -> body.append(' ').append(cell(c)).append(" |"));
                body.append('\n');
            }
            body.append("| **Total** |");
            table.totals().forEach(c -> body.append(' ').append(cell(c)).append(" |"));
            body.append('\n');
        }
        return new ArticleDrafts.NewDraft(
                title,
                "Exclusions, alternative provision and the outcomes of excluded pupils in the county this term.",
                body.toString(),
                new ArticleAudience(Set.of(OrganisationRole.HEADTEACHER), Set.of(), Set.of(), Set.of()),
                byEmail,
                byName);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
