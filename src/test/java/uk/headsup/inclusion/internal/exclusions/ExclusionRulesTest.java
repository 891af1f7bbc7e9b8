package uk.headsup.inclusion.internal.exclusions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.SchoolDaysTest;

class ExclusionRulesTest {

    final SchoolDays days = SchoolDaysTest.autumn();
    final LocalDate monday = LocalDate.of(2025, 11, 3);

    ExclusionRules.Notice suspension(LocalDate dob, LocalDate first, LocalDate last, String reason, String upn) {
        return new ExclusionRules.Notice("Tyler", "Hughes", dob, "SUSPENSION", first, last, reason, upn);
    }

    List<String> fields(ExclusionRules.Notice n, int already) {
        return ExclusionRules.check(n, days, already).stream()
                .map(ExclusionRules.FieldProblem::field)
                .toList();
    }

    @Test
    void aGoodNoticeHasNoProblems() {
        assertThat(ExclusionRules.check(
                        suspension(LocalDate.of(2011, 5, 1), monday, monday.plusDays(2), "DB", "H801200001001"),
                        days,
                        0))
                .isEmpty();
    }

    @Test
    void aDateOfBirthMakingThePupilUnder4OrOver19IsNamed() {
        var young = ExclusionRules.check(suspension(LocalDate.of(2022, 1, 1), monday, monday, "DB", null), days, 0);
        assertThat(young).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("dateOfBirth");
            assertThat(p.message()).contains("younger than 4");
        });
        var old = ExclusionRules.check(suspension(LocalDate.of(2005, 1, 1), monday, monday, "DB", null), days, 0);
        assertThat(old).singleElement().satisfies(p -> assertThat(p.message()).contains("older than 19"));
    }

    @Test
    void aFirstDayInTheHolidaysIsNamedWithTheHoliday() {
        var problems = ExclusionRules.check(
                suspension(LocalDate.of(2011, 5, 1), LocalDate.of(2025, 10, 28), LocalDate.of(2025, 11, 3), "DB", null),
                days,
                0);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firstDay");
            assertThat(p.message()).contains("Autumn half-term");
        });
    }

    @Test
    void suspensionsOverFortyFiveSchoolDaysInAYearAreRefused() {
        var n = suspension(LocalDate.of(2011, 5, 1), monday, monday.plusDays(4), "DB", null);
        assertThat(fields(n, 40)).isEmpty();
        assertThat(ExclusionRules.check(n, days, 41)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("lastDay");
            assertThat(p.message()).contains("46 school days");
        });
    }

    @Test
    void aBadCheckLetterAndAnUnknownReasonAreEachNamed() {
        assertThat(fields(suspension(LocalDate.of(2011, 5, 1), monday, monday, "XX", "A801200001001"), 0))
                .containsExactlyInAnyOrder("reason", "upn");
    }

    @Test
    void missingFieldsAreNamed() {
        var n = new ExclusionRules.Notice("", " ", null, "", null, null, "", null);
        assertThat(fields(n, 0))
                .containsExactlyInAnyOrder("firstName", "lastName", "kind", "reason", "dateOfBirth", "firstDay");
    }

    @Test
    void governorsMustMeetWithin15SchoolDaysOfAPermanentExclusion() {
        assertThat(Exclusion.governorsDue(ExclusionKind.PERMANENT, monday, null, 0, days))
                .isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(Exclusion.governorsDue(ExclusionKind.SUSPENSION, monday, monday.plusDays(1), 0, days))
                .isNull();
        assertThat(Exclusion.governorsDue(ExclusionKind.SUSPENSION, monday, monday.plusDays(1), 14, days))
                .isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(Exclusion.sixthDayDue(ExclusionKind.PERMANENT, monday, null, days))
                .isEqualTo(LocalDate.of(2025, 11, 10));
    }
}
