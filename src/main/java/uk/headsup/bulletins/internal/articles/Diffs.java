package uk.headsup.bulletins.internal.articles;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/** A readable line-by-line difference between two versions: what was taken out, what was put in, and a line around. */
public final class Diffs {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED,
        GAP
    }

    public record Line(Kind kind, String text) {

        /** A line of the earlier version taken out. */
        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        /** A line of the later version put in. */
        public boolean added() {
            return kind == Kind.ADDED;
        }

        /** Unchanged lines left out between changes. */
        public boolean gap() {
            return kind == Kind.GAP;
        }

        public boolean same() {
            return kind == Kind.SAME;
        }
    }

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .ignoreWhiteSpaces(false)
            .lineNormalizer(line -> line)
            .build();

    private Diffs() {}

    public static List<Line> between(String before, String after) {
        List<DiffRow> rows = ROWS.generateDiffRows(lines(before), lines(after));
        boolean[] near = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
                for (int j = Math.max(0, i - 1); j <= Math.min(rows.size() - 1, i + 1); j++) {
                    near[j] = true;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            if (!near[i]) {
                gap = true;
                continue;
            }
            if (gap && !lines.isEmpty()) {
                lines.add(new Line(Kind.GAP, "…"));
            }
            gap = false;
            switch (row.getTag()) {
                case EQUAL -> lines.add(new Line(Kind.SAME, row.getOldLine()));
                case DELETE -> lines.add(new Line(Kind.REMOVED, row.getOldLine()));
                case INSERT -> lines.add(new Line(Kind.ADDED, row.getNewLine()));
                case CHANGE -> {
                    if (!row.getOldLine().isEmpty()) {
                        lines.add(new Line(Kind.REMOVED, row.getOldLine()));
                    }
                    if (!row.getNewLine().isEmpty()) {
                        lines.add(new Line(Kind.ADDED, row.getNewLine()));
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
