package uk.headsup.recognition.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.recognition.Scheme;

/** The Kitemark's grade rule, an award's status, and when its reminders fall due. */
class AwardRulesTest {

    private static final Scheme KITEMARK = new Scheme(
            "kitemark",
            "Early Years Inclusion Kitemark",
            java.util.EnumSet.of(Scheme.Applicants.EARLY_YEARS),
            "",
            "recognition-kitemark",
            null,
            uk.headsup.directory.OfstedGrade.GOOD,
            java.util.List.of(),
            3,
            false);

    private static Award anAward(LocalDate starts) {
        return new Award(
                1,
                1,
                "kitemark",
                1,
                "Acorns",
                OrganisationKind.EARLY_YEARS_SETTING,
                "Northbrook",
                starts,
                starts.plusYears(3),
                true,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void goodOrOutstandingMayApplyAndAnythingLowerIsToldWhyInPlainWords() {
        assertThat(Eligibility.problems(KITEMARK, "Acorns", new OfstedInspection(OfstedGrade.GOOD, null)))
                .isEmpty();
        assertThat(Eligibility.problems(KITEMARK, "Acorns", new OfstedInspection(OfstedGrade.OUTSTANDING, null)))
                .isEmpty();
        assertThat(Eligibility.problems(
                        KITEMARK,
                        "Acorns",
                        new OfstedInspection(OfstedGrade.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 3, 4))))
                .containsExactly("Acorns's latest Ofsted grade is Requires improvement (inspected on 4 March 2026)."
                        + " The Early Years Inclusion Kitemark is for settings and childminders graded Good or"
                        + " Outstanding: you can apply once an inspection grades you Good or better.");
    }

    @Test
    void anAwardIsUnderReviewUntilWithdrawnAndEndsOnItsExpiry() {
        LocalDate starts = LocalDate.of(2024, 9, 1);
        Award award = anAward(starts);
        assertThat(award.status(starts)).isEqualTo(Award.Status.AWARDED);
        assertThat(award.status(starts.plusYears(3))).isEqualTo(Award.Status.EXPIRED);
        assertThat(award.inForce(starts.plusYears(3).minusDays(1))).isTrue();
        Award review = new Award(
                1,
                1,
                "kitemark",
                1,
                "Acorns",
                OrganisationKind.EARLY_YEARS_SETTING,
                "Northbrook",
                starts,
                starts.plusYears(3),
                true,
                starts.plusYears(1),
                "Grade fell",
                null,
                null,
                null);
        assertThat(review.status(starts.plusYears(1))).isEqualTo(Award.Status.UNDER_REVIEW);
        assertThat(review.inForce(starts.plusYears(1))).isTrue();
    }

    @Test
    void remindersFallDueThreeMonthsThenOneMonthBeforeEachDate() {
        LocalDate starts = LocalDate.of(2024, 9, 1);
        Award award = anAward(starts); // ends 1 September 2027
        assertThat(AwardReminders.due(award, false, LocalDate.of(2027, 5, 31))).isEmpty();
        assertThat(AwardReminders.due(award, false, LocalDate.of(2027, 6, 1)))
                .containsExactly(new AwardReminders.Due(AwardReminders.Kind.RENEWAL, LocalDate.of(2027, 9, 1), 3));
        assertThat(AwardReminders.due(award, false, LocalDate.of(2027, 8, 1)))
                .containsExactly(new AwardReminders.Due(AwardReminders.Kind.RENEWAL, LocalDate.of(2027, 9, 1), 1));
        assertThat(AwardReminders.due(award, false, LocalDate.of(2027, 9, 1))).isEmpty();
        // With an annual update, each anniversary has its own reminders.
        assertThat(AwardReminders.due(award, true, LocalDate.of(2025, 8, 15)))
                .containsExactly(
                        new AwardReminders.Due(AwardReminders.Kind.ANNUAL_UPDATE, LocalDate.of(2025, 9, 1), 1));
        assertThat(AwardReminders.due(award, false, LocalDate.of(2025, 8, 15))).isEmpty();
    }
}
