package uk.headsup.safeguarding.internal.rounds;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which returns of a round to show or count, by phase, district, establishment type and trust: any value null (or
 * blank) means all.
 */
public record ReturnFilter(String phase, String district, String type, String trust) {

    public boolean keeps(AuditReturn r) {
        return (blank(phase) || phase.equals(r.phase()))
                && (blank(district) || district.equals(r.district()))
                && (blank(type) || type.equals(r.establishmentType()))
                && (blank(trust) || trust.equals(r.trustName()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The values the returns of a round have, to filter by. */
    public record Options(Set<String> phases, Set<String> districts, Set<String> types, Set<String> trusts) {
        public static Options of(List<AuditReturn> all) {
            return new Options(
                    values(all, AuditReturn::phase),
                    values(all, AuditReturn::district),
                    values(all, AuditReturn::establishmentType),
                    values(all, AuditReturn::trustName));
        }

        private static Set<String> values(List<AuditReturn> returns, Function<AuditReturn, String> f) {
            Set<String> values = new TreeSet<>();
            returns.stream().map(f).filter(Objects::nonNull).forEach(values::add);
            return values;
        }
    }
}
