package uk.headsup.wellbeing.internal.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.headsup.platform.SmallNumbers;

/**
 * Requests made, counted by offer, kind, phase and term, as they may be shown: through {@link SmallNumbers}, so any
 * count under 5 says "fewer than 5" and a total that would give a hidden count away is hidden too.
 */
public record UptakeReport(List<Table> tables) {

    /** One request made, with nothing that says who. */
    public record Made(String offer, String kind, String phase, String termKey) {}

    public record Row(String label, String count) {}

    public record Table(String caption, String heading, List<Row> rows, String total) {}

    public static UptakeReport of(List<Made> made) {
        return new UptakeReport(List.of(
                table("Requests and peer-group places by offer", "Offer", made, Made::offer, Comparator.naturalOrder()),
                table(
                        "Requests and peer-group places by kind of support",
                        "Kind",
                        made,
                        Made::kind,
                        Comparator.naturalOrder()),
                table("Requests and peer-group places by phase", "Phase", made, Made::phase, Comparator.naturalOrder()),
                table(
                        "Requests and peer-group places by term",
                        "Term",
                        made,
                        Made::termKey,
                        Comparator.comparing(
                                Term::parse,
                                Comparator.comparing(Term::academicYear).thenComparing(Term::number)))));
    }

    private static Table table(
            String caption, String heading, List<Made> made, Function<Made, String> by, Comparator<String> order) {
        Map<String, Long> counts = new TreeMap<>(order);
        counts.putAll(made.stream().collect(Collectors.groupingBy(by, Collectors.counting())));
        SmallNumbers.Shown shown = SmallNumbers.row(new ArrayList<>(counts.values()));
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (String key : counts.keySet()) {
            String label = heading.equals("Term") ? Term.parse(key).label() : key;
            rows.add(new Row(label, shown.cells().get(i++)));
        }
        return new Table(caption, heading, rows, shown.total());
    }
}
