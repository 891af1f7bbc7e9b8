package uk.headsup.recognition.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationKind;

/** An award's status, and when its reminders fall due. */
class AwardRulesTest {

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
