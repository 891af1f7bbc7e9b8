package uk.headsup.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.headsup.platform.UkTime;

/**
 * School terms for statements of charges: autumn (September to December), spring (January to March) and summer
 * (April to August), named by academic year: "autumn 2025" is in 2025/26. Term dates vary by school; charges
 * only need a consistent split.
 */
public record Terms(String key, String label, LocalDate from, LocalDate until) {

    public static Terms of(Instant instant) {
        return of(UkTime.uk(instant).toLocalDate());
    }

    public static Terms of(LocalDate day) {
        int y = day.getYear();
        int m = day.getMonthValue();
        if (m >= 9) {
            return new Terms(y + "-autumn", "Autumn term " + y, LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 1, 1));
        }
        if (m <= 3) {
            return new Terms(y + "-spring", "Spring term " + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 1));
        }
        return new Terms(y + "-summer", "Summer term " + y, LocalDate.of(y, 4, 1), LocalDate.of(y, 9, 1));
    }

    /** "2025-autumn" back to its term, or null. */
    public static Terms parse(String key) {
        try {
            String[] parts = key.split("-");
            int y = Integer.parseInt(parts[0]);
            return switch (parts[1]) {
                case "autumn" -> of(LocalDate.of(y, 10, 1));
                case "spring" -> of(LocalDate.of(y, 2, 1));
                case "summer" -> of(LocalDate.of(y, 5, 1));
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** This term, the two before it and the two after. */
    public static List<Terms> around(LocalDate day) {
        List<Terms> terms = new ArrayList<>();
        Terms t = of(day);
        LocalDate d = t.from().minusMonths(1);
        terms.add(0, of(d));
        terms.add(0, of(of(d).from().minusMonths(1)));
        terms.add(t);
        Terms next = of(t.until());
        terms.add(next);
        terms.add(of(next.until()));
        return terms;
    }

    public Instant start() {
        return from.atStartOfDay(UkTime.UK).toInstant();
    }

    public Instant end() {
        return until.atStartOfDay(UkTime.UK).toInstant();
    }
}
