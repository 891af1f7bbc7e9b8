package uk.headsup.inclusion.internal.exclusions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.headsup.inclusion.SchoolDays;

/**
 * The pupils a school notified before, by name and date of birth, with their suspensions: read once for a notice or
 * a whole file of them, and kept up to date as notices are saved, so that checking and saving a 5,000-row CSV costs
 * a few statements rather than five a row (bench/inclusion.sh, docs/performance.md).
 */
final class KnownPupils {

    private record Suspension(LocalDate first, LocalDate last) {}

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, List<Suspension>> suspensions = new HashMap<>();

    /** A pupil as the school names them: first and last name (case and spaces aside) and date of birth. */
    static String key(String firstName, String lastName, LocalDate dateOfBirth) {
        return firstName.trim().toLowerCase(Locale.ROOT) + "|" + lastName.trim().toLowerCase(Locale.ROOT) + "|"
                + dateOfBirth;
    }

    static String key(ExclusionRules.Notice n) {
        return key(n.firstName(), n.lastName(), n.dateOfBirth());
    }

    Optional<Long> id(ExclusionRules.Notice n) {
        return Optional.ofNullable(ids.get(key(n)));
    }

    void pupil(String key, long id) {
        ids.put(key, id);
    }

    void suspended(String key, LocalDate first, LocalDate last) {
        suspensions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Suspension(first, last));
    }

    /** The school days of this pupil's suspensions whose first day falls from {@code from} to {@code to}. */
    int suspendedDays(ExclusionRules.Notice n, LocalDate from, LocalDate to, SchoolDays days) {
        return suspensions.getOrDefault(key(n), List.of()).stream()
                .filter(s -> !s.first().isBefore(from) && !s.first().isAfter(to))
                .mapToInt(s -> days.between(s.first(), s.last() == null ? s.first() : s.last()))
                .sum();
    }
}
