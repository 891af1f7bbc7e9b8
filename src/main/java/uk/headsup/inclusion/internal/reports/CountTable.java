package uk.headsup.inclusion.internal.reports;

import java.util.ArrayList;
import java.util.List;
import uk.headsup.platform.SmallNumbers;

/**
 * A breakdown of counts (rows are categories, columns such as "This school" and "County", each column with its
 * total), shown either exactly (to inclusion officers) or through {@link SmallNumbers}: each column's counts under 5
 * as "fewer than 5", with the secondary suppression that keeps a total from giving one away.
 */
public record CountTable(String title, List<String> columns, List<String> labels, List<List<Long>> counts) {

    /** One row as shown. */
    public record Line(String label, List<String> cells) {}

    /** The table as shown: its lines and the totals line. */
    public record Shown(String title, List<String> columns, List<Line> lines, List<String> totals) {}

    public Shown shown(boolean suppress) {
        int width = columns.size();
        List<List<String>> byColumn = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            int column = c;
            List<Long> values = counts.stream().map(r -> r.get(column)).toList();
            if (suppress) {
                SmallNumbers.Shown shown = SmallNumbers.row(values);
                byColumn.add(shown.cells());
                totals.add(shown.total());
            } else {
                byColumn.add(values.stream().map(String::valueOf).toList());
                totals.add(String.valueOf(
                        values.stream().mapToLong(Long::longValue).sum()));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(byColumn.get(c).get(r));
            }
            lines.add(new Line(labels.get(r), cells));
        }
        return new Shown(title, columns, lines, totals);
    }
}
