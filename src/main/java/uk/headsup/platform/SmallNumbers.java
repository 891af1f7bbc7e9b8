package uk.headsup.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts about people shown to anyone beyond the authority's own officers: any count under 5 is shown as
 * "fewer than 5", and a total that would let a reader work a hidden count out is hidden too. The one place this
 * rule lives; every report, export and chart of children's or confidential data goes through it.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN = "fewer than " + THRESHOLD;

    private SmallNumbers() {}

    /** The count as it may be shown: "fewer than 5" for 0 to 4 (zero included, so nothing is told apart). */
    public static String show(long count) {
        return hidden(count) ? FEWER_THAN : Long.toString(count);
    }

    public static boolean hidden(long count) {
        return count < THRESHOLD;
    }

    /**
     * A row of counts with its total, as it may be shown. Where exactly one count is hidden, the next smallest is
     * hidden too (otherwise the total minus the others gives it away); where any is hidden, the total is shown
     * only if at least two are hidden and it is itself 5 or more.
     */
    public static Shown row(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Boolean> hide =
                new ArrayList<>(counts.stream().map(SmallNumbers::hidden).toList());
        long hiddenCount = hide.stream().filter(h -> h).count();
        if (hiddenCount == 1 && counts.size() > 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hide.get(i) && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            hide.set(next, true);
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(hide.get(i) ? hiddenCell(counts.get(i)) : Long.toString(counts.get(i)));
        }
        String shownTotal = hidden(total) ? FEWER_THAN : Long.toString(total);
        return new Shown(cells, shownTotal);
    }

    /** A count hidden because it is small says "fewer than 5"; one hidden only to protect another says "hidden". */
    private static String hiddenCell(long count) {
        return hidden(count) ? FEWER_THAN : HIDDEN;
    }

    public static final String HIDDEN = "hidden";

    /** The counts and total of a row as they may be shown. */
    public record Shown(List<String> cells, String total) {}
}
