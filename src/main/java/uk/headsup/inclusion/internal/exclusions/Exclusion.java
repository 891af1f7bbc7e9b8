package uk.headsup.inclusion.internal.exclusions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.headsup.inclusion.SchoolDays;

/**
 * One exclusion and its deadlines: governors' consideration (within 15 school days where the law requires it),
 * an independent review, education from the sixth school day. Its state changes through the methods below.
 */
public class Exclusion {

    static final int GOVERNORS_WITHIN = 15;
    static final int COMPLETE_WITHIN = 5;
    static final int SUSPENSION_DAYS_NEEDING_GOVERNORS = 15;

    public enum GovernorsOutcome {
        UPHELD("Upheld"),
        REINSTATED("Reinstated");

        private final String label;

        GovernorsOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ReviewOutcome {
        UPHELD("Decision upheld"),
        RECOMMENDED_RECONSIDER("Governors asked to reconsider"),
        QUASHED("Decision quashed, governors directed to reconsider");

        private final String label;

        ReviewOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A deadline of this exclusion; done when what it asks for has been recorded. */
    public record Deadline(String title, LocalDate due, boolean done) {

        public boolean overdue(LocalDate today) {
            return !done && due.isBefore(today);
        }
    }

    final long id;
    final long pupilId;
    final long organisationId;
    final ExclusionKind kind;
    final LocalDate firstDay;
    final LocalDate lastDay;
    Integer sessions;
    final Reason reason;
    String account;
    final LocalDate notifiedOn;
    boolean completed;
    final LocalDate governorsDue;
    LocalDate governorsHeldOn;
    GovernorsOutcome governorsOutcome;
    LocalDate reviewRequestedOn;
    ReviewOutcome reviewOutcome;
    final LocalDate sixthDayDue;
    String sixthDayProvider;
    LocalDate sixthDayFrom;
    LocalDate newSchoolPlaceOn;

    public Exclusion(
            long id,
            long pupilId,
            long organisationId,
            ExclusionKind kind,
            LocalDate firstDay,
            LocalDate lastDay,
            Integer sessions,
            Reason reason,
            String account,
            LocalDate notifiedOn,
            boolean completed,
            LocalDate governorsDue,
            LocalDate governorsHeldOn,
            GovernorsOutcome governorsOutcome,
            LocalDate reviewRequestedOn,
            ReviewOutcome reviewOutcome,
            LocalDate sixthDayDue,
            String sixthDayProvider,
            LocalDate sixthDayFrom,
            LocalDate newSchoolPlaceOn) {
        this.id = id;
        this.pupilId = pupilId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.sessions = sessions;
        this.reason = reason;
        this.account = account;
        this.notifiedOn = notifiedOn;
        this.completed = completed;
        this.governorsDue = governorsDue;
        this.governorsHeldOn = governorsHeldOn;
        this.governorsOutcome = governorsOutcome;
        this.reviewRequestedOn = reviewRequestedOn;
        this.reviewOutcome = reviewOutcome;
        this.sixthDayDue = sixthDayDue;
        this.sixthDayProvider = sixthDayProvider;
        this.sixthDayFrom = sixthDayFrom;
        this.newSchoolPlaceOn = newSchoolPlaceOn;
    }

    /** When governors must consider it, or null where the law does not require it. */
    static LocalDate governorsDue(
            ExclusionKind kind, LocalDate firstDay, LocalDate lastDay, int suspendedThisTerm, SchoolDays days) {
        boolean required = kind == ExclusionKind.PERMANENT
                || (kind == ExclusionKind.SUSPENSION
                        && lastDay != null
                        && suspendedThisTerm + days.between(firstDay, lastDay) > SUSPENSION_DAYS_NEEDING_GOVERNORS);
        return required ? days.plusSchoolDays(firstDay, GOVERNORS_WITHIN) : null;
    }

    /** The sixth school day of a permanent exclusion or a suspension of more than five school days, or null. */
    static LocalDate sixthDayDue(ExclusionKind kind, LocalDate firstDay, LocalDate lastDay, SchoolDays days) {
        boolean required = kind == ExclusionKind.PERMANENT
                || (kind == ExclusionKind.SUSPENSION && lastDay != null && days.between(firstDay, lastDay) > 5);
        return required ? days.nthSchoolDay(firstDay, 6) : null;
    }

    public void recordGovernors(LocalDate heldOn, GovernorsOutcome outcome) {
        if (governorsDue == null) {
            throw new IllegalStateException("Governors need not consider this exclusion");
        }
        if (heldOn.isBefore(firstDay)) {
            throw new IllegalArgumentException("Governors cannot meet before the exclusion began");
        }
        this.governorsHeldOn = heldOn;
        this.governorsOutcome = outcome;
    }

    /** An independent review may be asked for: the governors upheld a permanent exclusion. */
    public boolean reviewable() {
        return kind == ExclusionKind.PERMANENT && governorsOutcome == GovernorsOutcome.UPHELD;
    }

    public void requestReview(LocalDate on) {
        if (!reviewable()) {
            throw new IllegalStateException("An independent review follows governors upholding a permanent exclusion");
        }
        this.reviewRequestedOn = on;
    }

    public void recordReviewOutcome(ReviewOutcome outcome) {
        if (reviewRequestedOn == null) {
            throw new IllegalStateException("No independent review was requested");
        }
        this.reviewOutcome = outcome;
    }

    public void arrangeSixthDay(String provider, LocalDate from) {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("Name who provides the education");
        }
        this.sixthDayProvider = provider.trim();
        this.sixthDayFrom = from;
    }

    public void placedAtNewSchool(LocalDate on) {
        if (kind != ExclusionKind.PERMANENT) {
            throw new IllegalStateException("Only a permanently excluded pupil needs a new school place");
        }
        this.newSchoolPlaceOn = on;
    }

    /** Whether the sixth-day provision started on time (null while none is due or arranged). */
    public Boolean sixthDayOnTime() {
        if (sixthDayDue == null || sixthDayFrom == null) {
            return null;
        }
        return !sixthDayFrom.isAfter(sixthDayDue);
    }

    public Boolean governorsOnTime() {
        if (governorsDue == null || governorsHeldOn == null) {
            return null;
        }
        return !governorsHeldOn.isAfter(governorsDue);
    }

    /** Everything this exclusion asks for by a date, done or not. */
    public List<Deadline> deadlines(SchoolDays days) {
        List<Deadline> all = new ArrayList<>();
        all.add(new Deadline("Complete the notification", days.plusSchoolDays(notifiedOn, COMPLETE_WITHIN), completed));
        if (governorsDue != null) {
            all.add(new Deadline("Governors consider the exclusion", governorsDue, governorsHeldOn != null));
        }
        if (sixthDayDue != null) {
            all.add(new Deadline("Education from the sixth school day", sixthDayDue, sixthDayFrom != null));
        }
        if (reviewRequestedOn != null) {
            all.add(new Deadline(
                    "Independent review panel", days.plusSchoolDays(reviewRequestedOn, 15), reviewOutcome != null));
        }
        return all;
    }

    public long id() {
        return id;
    }

    public long pupilId() {
        return pupilId;
    }

    public long organisationId() {
        return organisationId;
    }

    public String kind() {
        return kind.name();
    }

    public String kindLabel() {
        return kind.label();
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public Integer sessions() {
        return sessions;
    }

    public String reasonLabel() {
        return reason.label();
    }

    public String account() {
        return account;
    }

    public boolean completed() {
        return completed;
    }

    public LocalDate governorsDue() {
        return governorsDue;
    }

    public LocalDate governorsHeldOn() {
        return governorsHeldOn;
    }

    public GovernorsOutcome governorsOutcome() {
        return governorsOutcome;
    }

    public LocalDate reviewRequestedOn() {
        return reviewRequestedOn;
    }

    public ReviewOutcome reviewOutcome() {
        return reviewOutcome;
    }

    public LocalDate sixthDayDue() {
        return sixthDayDue;
    }

    public String sixthDayProvider() {
        return sixthDayProvider;
    }

    public LocalDate sixthDayFrom() {
        return sixthDayFrom;
    }

    public LocalDate newSchoolPlaceOn() {
        return newSchoolPlaceOn;
    }

    public boolean permanent() {
        return kind == ExclusionKind.PERMANENT;
    }
}
