package uk.headsup.safeguarding.internal.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.events.EventEvaluations;
import uk.headsup.platform.Caches;
import uk.headsup.platform.SmallNumbers;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.ReturnState;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/**
 * The county's picture of a round: per standard the shares rated green, amber and red among the returns chosen (by
 * phase, district, type, trust), the change from last year's round, the areas of concern and numeric answers summed.
 * Only returns submitted to the authority count (signed off, or accepted).
 */
@Service
public class Analysis {

    static final int BAR_WIDTH = 300;

    private final Rounds rounds;
    private final Frameworks frameworks;
    private final RoundDesk desk;
    private final RatedResponses rated;
    private final Responses responses;
    private final Cache<Key, Picture> pictures;
    private final LinkedCourses linkedCourses;
    private final EventEvaluations evaluations;

    Analysis(
            Rounds rounds,
            Frameworks frameworks,
            RoundDesk desk,
            RatedResponses rated,
            Responses responses,
            LinkedCourses linkedCourses,
            EventEvaluations evaluations,
            Caches caches) {
        this.responses = responses;
        this.linkedCourses = linkedCourses;
        this.evaluations = evaluations;
        this.pictures = caches.aged("safeguarding.analysis", 500, Duration.ofMinutes(30));
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.desk = desk;
        this.rated = rated;
    }

    /** Counts of one standard's ratings by tone. */
    public record Counts(int green, int amber, int red) {
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
    }

    /**
     * How the ratings of one group of schools on a standard moved from last year's return to this year's: better
     * (amber to green, red to amber or green), the same, or worse.
     */
    public record Movement(int better, int same, int worse) {

        static final Movement NONE = new Movement(0, 0, 0);

        Movement plus(int last, int now) {
            return now < last
                    ? new Movement(better + 1, same, worse)
                    : now == last ? new Movement(better, same + 1, worse) : new Movement(better, same, worse + 1);
        }

        public int total() {
            return better + same + worse;
        }

        private int percent(int n) {
            return total() == 0 ? 0 : Math.round(100f * n / total());
        }

        public int betterPercent() {
            return percent(better);
        }

        public int samePercent() {
            return percent(same);
        }

        public int worsePercent() {
            return percent(worse);
        }

        /** The number of schools as it may be shown beyond the authority's officers ({@link SmallNumbers}). */
        public String shownTotal() {
            return SmallNumbers.show(total());
        }

        /** Whether the shares are withheld beyond the authority's officers: fewer than 5 schools would tell them. */
        public boolean suppressed() {
            return SmallNumbers.hidden(total());
        }
    }

    /**
     * The targeted offer on one standard: the courses linked to it in last year's round or this one, what their
     * attendees said of them, and whether they helped. Whether they helped compares the schools rated red or amber
     * on the standard last year that are counted again this year: those whose staff attended a linked course between
     * last year's return and this year's, and those whose staff did not. Last year's return counts from the day it
     * was submitted or last year's final deadline, whichever came first (a course booked in answer to a late return
     * is still the offer's); this year's up to the day it was submitted.
     *
     * @param courses how many courses and events are linked to the standard
     * @param evaluations how many evaluations their attendees completed
     * @param averageRating the average rating (1 to 5) over every evaluation of them, or null while there is none
     * @param attended null when there is no round last year to compare with
     * @param didNotAttend likewise
     */
    public record Offer(int courses, int evaluations, Double averageRating, Movement attended, Movement didNotAttend) {

        /** The number of evaluations as it may be shown beyond the authority's officers. */
        public String shownEvaluations() {
            return SmallNumbers.show(evaluations);
        }

        /** The average rating to one decimal place ("4.3"), or null while nobody has evaluated. */
        public String average() {
            return averageRating == null ? null : String.format(Locale.UK, "%.1f", averageRating);
        }

        /** The average as it may be shown beyond the authority's officers: withheld under 5 evaluations. */
        public String shownAverage() {
            return evaluations == 0 ? "None yet" : SmallNumbers.hidden(evaluations) ? "not shown" : average();
        }

        /** Those who attended, then those who did not (empty with no round last year to compare with). */
        public List<Movement> compared() {
            return attended == null ? List.of() : List.of(attended, didNotAttend);
        }
    }

    /**
     * @param lastYear the same standard's counts in the previous round, or null if it had none
     * @param offer the courses linked to the standard and whether they helped, or null if none is linked
     */
    public record StandardFigures(String number, String statement, Counts counts, Counts lastYear, Offer offer) {
        /** Percentage points more (positive) or fewer rated red or amber than last year, or null. */
        public Integer change() {
            if (lastYear == null || lastYear.total() == 0 || counts.total() == 0) {
                return null;
            }
            return (counts.amberPercent() + counts.redPercent()) - (lastYear.amberPercent() + lastYear.redPercent());
        }
    }

    record SchoolConcern(long returnId, String name, int reds, int worseThanLastYear) {}

    public record Picture(
            Round round,
            int returnsCounted,
            List<StandardFigures> standards,
            List<StandardFigures> concerns,
            List<SchoolConcern> schools,
            Map<String, Long> numbers,
            ReturnFilter.Options options) {

        /** The standards with courses linked to them, in the framework's order. */
        public List<StandardFigures> offered() {
            return standards.stream().filter(f -> f.offer() != null).toList();
        }

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

    /**
     * What a picture depends on: the round (as it stands: its title and deadlines are on the picture) and the filter, and the stamps of this round's and last round's counted
     * responses and returns, the offer's links and their courses' attendance and evaluations. Any answer, transition,
     * sign-off, link, register or evaluation that could change the picture changes a stamp, so a
     * picture is kept only while it is still right; an entry for an older stamp is never read again and ages out.
     */
    private record Key(Round round, ReturnFilter filter, List<Object> stamps) {}

    /** The states whose responses the analysis may count (a submitted one counts once signed off). */
    private static final List<Response.State> COUNTED = List.of(Response.State.SUBMITTED, Response.State.ACCEPTED);

    /**
     * The picture of the round, kept while nothing it counts has changed: {@code bench/safeguarding-audit.sh}
     * measured its working out (reading both rounds' 5,000 returns and responses for their states) at 126 ms of CPU
     * p95 against a 100 ms target; the stamps are two one-row queries per round, one query for the offer's links
     * of both rounds and, when any course is linked, one one-row query to events for their attendance and
     * evaluations.
     */
    public Picture of(Round round, ReturnFilter filter) {
        List<Object> stamps = new ArrayList<>();
        stamps.add(responses.stamp(round.versionId(), COUNTED));
        stamps.add(rounds.stamp(round.id()));
        Optional<Round> previous = rounds.previous(round);
        previous.ifPresent(p -> {
            stamps.add(p.id());
            stamps.add(responses.stamp(p.versionId(), COUNTED));
            stamps.add(rounds.stamp(p.id()));
        });
        // The offer's links (the list itself: a few rows), then their courses' attendance and evaluations.
        List<LinkedCourses.Linked> linked = linkedCourses.linked(Stream.concat(Stream.of(round), previous.stream())
                .map(Round::id)
                .toList());
        stamps.add(linked);
        if (!linked.isEmpty()) {
            stamps.add(evaluations.stamp(eventIds(linked)));
        }
        return pictures.get(new Key(round, filter, List.copyOf(stamps)), key -> workOut(round, filter, linked));
    }

    private static Set<Long> eventIds(List<LinkedCourses.Linked> linked) {
        return linked.stream().map(LinkedCourses.Linked::eventId).collect(Collectors.toCollection(TreeSet::new));
    }

    private Picture workOut(Round round, ReturnFilter filter, List<LinkedCourses.Linked> linked) {
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        List<RoundDesk.Row> rows = desk.rows(round);
        List<AuditReturn> all = rows.stream().map(RoundDesk.Row::auditReturn).toList();
        ReturnFilter.Options options = ReturnFilter.Options.of(all);
        Counted now = counted(framework, rows, filter);
        List<Framework.Standard> standards = framework.standards();
        Optional<Round> previousRound = rounds.previous(round);
        Counted before = previousRound
                .map(previous -> counted(
                        frameworks.version(previous.versionId()).orElseThrow().framework(),
                        desk.rows(previous),
                        filter))
                .orElse(null);
        Map<String, Counts> lastYear = before == null ? Map.of() : before.byStandard();
        List<StandardFigures> figures = new ArrayList<>();
        Map<String, Counts> thisYear = now.byStandard();
        Map<String, Offer> offered = offered(linked, now, before, previousRound.orElse(null));
        for (Framework.Standard s : standards) {
            figures.add(new StandardFigures(
                    s.number(),
                    s.statement(),
                    thisYear.get(s.number()),
                    lastYear.get(s.number()),
                    offered.get(s.number())));
        }
        List<StandardFigures> concerns = figures.stream()
                .filter(f -> f.counts().amber() + f.counts().red() > 0)
                .sorted(Comparator.comparingInt((StandardFigures f) ->
                                f.counts().redPercent() * 1000 + f.counts().amberPercent())
                        .reversed())
                .limit(5)
                .toList();
        List<SchoolConcern> schools = new ArrayList<>();
        for (Map.Entry<AuditReturn, int[]> e : now.tones().entrySet()) {
            AuditReturn r = e.getKey();
            int[] tones = e.getValue();
            int[] last = before == null ? null : before.byOrganisation().get(r.organisationId());
            int reds = 0;
            int worse = 0;
            for (int i = 0; i < tones.length; i++) {
                if (tones[i] == RED) {
                    reds++;
                }
                if (last != null && tones[i] >= 0) {
                    int j = before.position().getOrDefault(standards.get(i).number(), -1);
                    if (j >= 0 && last[j] >= 0 && tones[i] > last[j]) {
                        worse++;
                    }
                }
            }
            if (reds >= 2 || worse > 0) {
                schools.add(new SchoolConcern(r.id(), r.organisationName(), reds, worse));
            }
        }
        schools.sort(Comparator.comparingInt(SchoolConcern::reds)
                .thenComparingInt(SchoolConcern::worseThanLastYear)
                .reversed()
                .thenComparing(SchoolConcern::name));
        Map<String, Long> numbers = new LinkedHashMap<>();
        for (Framework.Standard s : standards) {
            for (Framework.NumericQuestion q : s.questions()) {
                Long total = now.numbers().get(q.label());
                if (total != null) {
                    numbers.putIfAbsent(q.label(), total);
                }
            }
        }
        return new Picture(round, now.tones().size(), figures, concerns, schools, numbers, options);
    }

    /**
     * The offer on each standard with courses linked to it ({@link Offer}): three queries to events for every linked
     * course at once, then one pass over the schools counted in both rounds.
     */
    private Map<String, Offer> offered(List<LinkedCourses.Linked> linked, Counted now, Counted before, Round previous) {
        if (linked.isEmpty()) {
            return Map.of();
        }
        Set<Long> eventIds = eventIds(linked);
        Map<Long, EventEvaluations.Summary> summaries = evaluations.summaries(eventIds);
        Map<Long, Map<Long, LocalDate>> attendedOn = new HashMap<>();
        for (EventEvaluations.Attended a : evaluations.attendance(eventIds)) {
            attendedOn.computeIfAbsent(a.organisationId(), k -> new HashMap<>()).put(a.eventId(), a.attendedOn());
        }
        Map<String, Set<Long>> eventsByStandard = new LinkedHashMap<>();
        linked.forEach(l -> eventsByStandard
                .computeIfAbsent(l.standard(), k -> new TreeSet<>())
                .add(l.eventId()));
        Map<String, Offer> offered = new HashMap<>();
        eventsByStandard.forEach((standard, events) -> {
            int answers = 0;
            double sum = 0;
            for (long event : events) {
                EventEvaluations.Summary summary = summaries.get(event);
                if (summary != null && summary.answers() > 0) {
                    answers += summary.answers();
                    sum += summary.answers() * summary.overall();
                }
            }
            Movement attended = null;
            Movement others = null;
            Integer i = now.position().get(standard);
            Integer j = before == null ? null : before.position().get(standard);
            if (i != null && j != null) {
                attended = Movement.NONE;
                others = Movement.NONE;
                LocalDate lastDeadline = previous.finalDeadline();
                for (Map.Entry<Long, int[]> e : now.byOrganisation().entrySet()) {
                    int[] last = before.byOrganisation().get(e.getKey());
                    if (last == null || e.getValue()[i] < 0 || (last[j] != AMBER && last[j] != RED)) {
                        continue;
                    }
                    LocalDate from = day(before.submitted().get(e.getKey()));
                    from = from == null || from.isAfter(lastDeadline) ? lastDeadline : from;
                    LocalDate to = day(now.submitted().get(e.getKey()));
                    if (attendedBetween(attendedOn.getOrDefault(e.getKey(), Map.of()), events, from, to)) {
                        attended = attended.plus(last[j], e.getValue()[i]);
                    } else {
                        others = others.plus(last[j], e.getValue()[i]);
                    }
                }
            }
            offered.put(
                    standard, new Offer(events.size(), answers, answers == 0 ? null : sum / answers, attended, others));
        });
        return offered;
    }

    private static boolean attendedBetween(
            Map<Long, LocalDate> attendedOn, Set<Long> events, LocalDate from, LocalDate to) {
        for (long event : events) {
            LocalDate day = attendedOn.get(event);
            if (day != null && !day.isBefore(from) && (to == null || !day.isAfter(to))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, UkTime.UK);
    }

    private static final int GREEN = 0;
    private static final int AMBER = 1;
    private static final int RED = 2;

    /**
     * The returns of one round that count (with the authority, and kept by the filter), each with the tone of its
     * rating of each standard in the framework's order ({@link #rank}, -1 where not rated or not red, amber or
     * green), and their numeric answers summed.
     */
    private record Counted(
            Map<AuditReturn, int[]> tones,
            Map<Long, int[]> byOrganisation,
            Map<Long, Instant> submitted,
            Map<String, Integer> position,
            List<Framework.Standard> standards,
            Map<String, Long> numbers) {

        Map<String, Counts> byStandard() {
            int[][] counts = new int[standards.size()][3];
            for (int[] t : tones.values()) {
                for (int i = 0; i < t.length; i++) {
                    if (t[i] >= 0) {
                        counts[i][t[i]]++;
                    }
                }
            }
            Map<String, Counts> by = new HashMap<>();
            for (int i = 0; i < standards.size(); i++) {
                by.put(standards.get(i).number(), new Counts(counts[i][GREEN], counts[i][AMBER], counts[i][RED]));
            }
            return by;
        }
    }

    private Counted counted(Framework framework, List<RoundDesk.Row> rows, ReturnFilter filter) {
        Map<Long, Instant> changed = new HashMap<>();
        Map<Long, AuditReturn> byResponse = new LinkedHashMap<>();
        Map<Long, Instant> submitted = new HashMap<>();
        for (RoundDesk.Row row : rows) {
            AuditReturn r = row.auditReturn();
            if ((row.state() == ReturnState.SUBMITTED || row.state() == ReturnState.ACCEPTED)
                    && filter.keeps(r)
                    && row.changedAt() != null) {
                changed.put(r.responseId(), row.changedAt());
                if (row.submittedAt() != null) {
                    submitted.put(r.organisationId(), row.submittedAt());
                }
                byResponse.put(r.responseId(), r);
            }
        }
        List<Framework.Standard> standards = framework.standards();
        // The tone of each rating key, per standard (scales may differ between standards).
        List<Map<String, Integer>> toneOf = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < standards.size(); i++) {
            Framework.Standard s = standards.get(i);
            position.put(s.number(), i);
            Map<String, Integer> tones = new HashMap<>();
            framework.scaleOf(s).ratings().forEach(r -> tones.put(r.key(), rank(r.tone())));
            toneOf.add(tones);
        }
        Map<AuditReturn, int[]> tones = new LinkedHashMap<>();
        Map<Long, int[]> byOrganisation = new HashMap<>();
        Map<String, Long> numbers = new HashMap<>();
        rated.of(framework, changed).forEach((responseId, rated) -> {
            int[] t = new int[standards.size()];
            for (int i = 0; i < t.length; i++) {
                String rating = rated.ratings()[i];
                t[i] = rating == null ? -1 : toneOf.get(i).getOrDefault(rating, -1);
            }
            AuditReturn r = byResponse.get(responseId);
            tones.put(r, t);
            byOrganisation.put(r.organisationId(), t);
            rated.numbers().forEach((label, n) -> numbers.merge(label, n, Long::sum));
        });
        return new Counted(tones, byOrganisation, submitted, position, standards, numbers);
    }

    private static int rank(String tone) {
        return switch (tone) {
            case "green" -> 0;
            case "amber" -> 1;
            case "red" -> 2;
            default -> -1;
        };
    }
}
