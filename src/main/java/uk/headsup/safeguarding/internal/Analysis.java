package uk.headsup.safeguarding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.platform.SmallNumbers;

/**
 * The county's picture of a round: per standard the shares rated green, amber and red among the returns chosen (by
 * phase, district, type, trust), the change from last year's round, the areas of concern and numeric answers summed.
 * Only returns submitted to the authority count (signed off, or accepted).
 */
@Service
class Analysis {

    static final int BAR_WIDTH = 300;

    private final Rounds rounds;
    private final Frameworks frameworks;
    private final Responses responses;
    private final RoundDesk desk;

    Analysis(Rounds rounds, Frameworks frameworks, Responses responses, RoundDesk desk) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.responses = responses;
        this.desk = desk;
    }

    /** Which returns to count: any value null means all. */
    record Filter(String phase, String district, String type, String trust) {
        boolean keeps(AuditReturn r) {
            return (blank(phase) || phase.equals(r.phase()))
                    && (blank(district) || district.equals(r.district()))
                    && (blank(type) || type.equals(r.establishmentType()))
                    && (blank(trust) || trust.equals(r.trustName()));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** Counts of one standard's ratings by tone. */
    record Counts(int green, int amber, int red) {
        public int total() {
            return green + amber + red;
        }

        int percent(int n) {
            return total() == 0 ? 0 : Math.round(100f * n / total());
        }

        public int greenPercent() {
            return percent(green);
        }

        public int amberPercent() {
            return percent(amber);
        }

        public int redPercent() {
            return percent(red);
        }

        /** The number of returns as it may be shown beyond the authority's officers ({@link SmallNumbers}). */
        public String shownTotal() {
            return SmallNumbers.show(total());
        }

        /** Whether the shares are withheld beyond the authority's officers: fewer than 5 returns would tell them. */
        public boolean suppressed() {
            return SmallNumbers.hidden(total());
        }

        /** Widths of the chart's three bars, in SVG units, adding up to the bar's width. */
        public int greenWidth() {
            return total() == 0 ? 0 : Math.round((float) BAR_WIDTH * green / total());
        }

        public int amberWidth() {
            return total() == 0 ? 0 : Math.round((float) BAR_WIDTH * (green + amber) / total()) - greenWidth();
        }

        public int redWidth() {
            return total() == 0 ? 0 : BAR_WIDTH - greenWidth() - amberWidth();
        }

        Counts plus(String tone) {
            return switch (tone) {
                case "green" -> new Counts(green + 1, amber, red);
                case "amber" -> new Counts(green, amber + 1, red);
                case "red" -> new Counts(green, amber, red + 1);
                default -> this;
            };
        }
    }

    /**
     * @param lastYear the same standard's counts in the previous round, or null if it had none
     */
    record StandardFigures(String number, String statement, Counts counts, Counts lastYear) {
        /** Percentage points more (positive) or fewer rated red or amber than last year, or null. */
        public Integer change() {
            if (lastYear == null || lastYear.total() == 0 || counts.total() == 0) {
                return null;
            }
            return (counts.amberPercent() + counts.redPercent()) - (lastYear.amberPercent() + lastYear.redPercent());
        }
    }

    record SchoolConcern(long returnId, String name, int reds, int worseThanLastYear) {}

    record Picture(
            Round round,
            int returnsCounted,
            List<StandardFigures> standards,
            List<StandardFigures> concerns,
            List<SchoolConcern> schools,
            Map<String, Long> numbers,
            Options options) {

        /** The returns counted, as they may be shown beyond the authority's officers. */
        public String returnsShown() {
            return SmallNumbers.show(returnsCounted);
        }

        /** The numbers reported (referrals and the like, about children), as they may be shown beyond officers. */
        public Map<String, String> numbersShown() {
            Map<String, String> shown = new LinkedHashMap<>();
            numbers.forEach((question, total) -> shown.put(question, SmallNumbers.show(total)));
            return shown;
        }
    }

    record Options(Set<String> phases, Set<String> districts, Set<String> types, Set<String> trusts) {}

    Picture of(Round round, Filter filter) {
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        List<AuditReturn> all = rounds.returns(round.id());
        Options options = new Options(
                values(all, AuditReturn::phase),
                values(all, AuditReturn::district),
                values(all, AuditReturn::establishmentType),
                values(all, AuditReturn::trustName));
        Set<Long> counted = new HashSet<>();
        Map<Long, AuditReturn> byResponse = new HashMap<>();
        for (RoundDesk.Row row : desk.rows(round)) {
            AuditReturn r = row.auditReturn();
            if ((row.state() == ReturnState.SUBMITTED || row.state() == ReturnState.ACCEPTED) && filter.keeps(r)) {
                counted.add(r.responseId());
                byResponse.put(r.responseId(), r);
            }
        }
        Map<String, Counts> now = new LinkedHashMap<>();
        Map<Long, Map<String, String>> tonesBySchool = new HashMap<>();
        Map<String, Long> numbers = new LinkedHashMap<>();
        for (Responses.Rating rating : responses.ratings(round.versionId())) {
            if (!counted.contains(rating.responseId())) {
                continue;
            }
            Framework.Standard standard = framework.standard(rating.standard()).orElse(null);
            if (standard == null) {
                continue;
            }
            String tone = framework.scaleOf(standard).toneOf(rating.rating());
            now.merge(rating.standard(), new Counts(0, 0, 0).plus(tone), Analysis::add);
            tonesBySchool
                    .computeIfAbsent(byResponse.get(rating.responseId()).organisationId(), k -> new HashMap<>())
                    .put(rating.standard(), tone);
            for (Framework.NumericQuestion q : standard.questions()) {
                Long n = rating.numbers().get(q.key());
                if (n != null) {
                    numbers.merge(q.label(), n, Long::sum);
                }
            }
        }
        Map<String, Counts> before = new HashMap<>();
        Map<Long, Map<String, String>> lastYearBySchool = new HashMap<>();
        rounds.previous(round).ifPresent(previous -> lastYear(previous, filter, before, lastYearBySchool));
        List<StandardFigures> standards = new ArrayList<>();
        for (Framework.Standard s : framework.standards()) {
            standards.add(new StandardFigures(
                    s.number(),
                    s.statement(),
                    now.getOrDefault(s.number(), new Counts(0, 0, 0)),
                    before.get(s.number())));
        }
        List<StandardFigures> concerns = standards.stream()
                .filter(f -> f.counts().amber() + f.counts().red() > 0)
                .sorted(Comparator.comparingInt((StandardFigures f) ->
                                f.counts().redPercent() * 1000 + f.counts().amberPercent())
                        .reversed())
                .limit(5)
                .toList();
        List<SchoolConcern> schools = new ArrayList<>();
        for (AuditReturn r : byResponse.values()) {
            Map<String, String> tones = tonesBySchool.getOrDefault(r.organisationId(), Map.of());
            int reds = (int) tones.values().stream().filter("red"::equals).count();
            Map<String, String> last = lastYearBySchool.getOrDefault(r.organisationId(), Map.of());
            int worse = (int) tones.entrySet().stream()
                    .filter(e -> last.containsKey(e.getKey()) && rank(e.getValue()) > rank(last.get(e.getKey())))
                    .count();
            if (reds >= 2 || worse > 0) {
                schools.add(new SchoolConcern(r.id(), r.organisationName(), reds, worse));
            }
        }
        schools.sort(Comparator.comparingInt(SchoolConcern::reds)
                .thenComparingInt(SchoolConcern::worseThanLastYear)
                .reversed()
                .thenComparing(SchoolConcern::name));
        return new Picture(round, counted.size(), standards, concerns, schools, numbers, options);
    }

    private void lastYear(
            Round previous, Filter filter, Map<String, Counts> into, Map<Long, Map<String, String>> bySchool) {
        Framework framework =
                frameworks.version(previous.versionId()).orElseThrow().framework();
        Map<Long, AuditReturn> byResponse = new HashMap<>();
        for (RoundDesk.Row row : desk.rows(previous)) {
            if ((row.state() == ReturnState.SUBMITTED || row.state() == ReturnState.ACCEPTED)
                    && filter.keeps(row.auditReturn())) {
                byResponse.put(row.auditReturn().responseId(), row.auditReturn());
            }
        }
        for (Responses.Rating rating : responses.ratings(previous.versionId())) {
            AuditReturn r = byResponse.get(rating.responseId());
            Framework.Standard standard = framework.standard(rating.standard()).orElse(null);
            if (r == null || standard == null) {
                continue;
            }
            String tone = framework.scaleOf(standard).toneOf(rating.rating());
            into.merge(rating.standard(), new Counts(0, 0, 0).plus(tone), Analysis::add);
            bySchool.computeIfAbsent(r.organisationId(), k -> new HashMap<>()).put(rating.standard(), tone);
        }
    }

    private static int rank(String tone) {
        return switch (tone) {
            case "green" -> 0;
            case "amber" -> 1;
            case "red" -> 2;
            default -> -1;
        };
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.green() + b.green(), a.amber() + b.amber(), a.red() + b.red());
    }

    private static Set<String> values(List<AuditReturn> returns, Function<AuditReturn, String> f) {
        Set<String> values = new TreeSet<>();
        returns.stream().map(f).filter(Objects::nonNull).forEach(values::add);
        return values;
    }
}
