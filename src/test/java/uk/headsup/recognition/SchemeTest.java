package uk.headsup.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scheme's award levels are a list: checked when set up, and every level given later must be one of them. */
class SchemeTest {

    private static Scheme withLevels(List<String> levels) {
        return new Scheme(
                "mark",
                "Test Mark",
                EnumSet.of(Scheme.Applicants.PRIMARY_GROUP, Scheme.Applicants.SECONDARY_DEPARTMENT),
                "",
                "toolkit",
                null,
                null,
                levels,
                Scheme.DEFAULT_AWARD_YEARS,
                false);
    }

    @Test
    void levelsComeOnePerLineAndAreCheckedByLine() {
        assertThat(Scheme.levelsFrom("Bronze\n\n  Silver \r\nGold\n")).containsExactly("Bronze", "Silver", "Gold");
        assertThat(Scheme.levelProblems(List.of("Bronze", "bronze", "x".repeat(61))))
                .containsExactly(
                        "Award level 2 (\"bronze\") is already in the list",
                        "Award level 3 is longer than 60 characters");
        assertThat(Scheme.levelProblems(List.of("1", "2", "3", "4", "5", "6", "7")))
                .containsExactly("A scheme has at most 6 award levels, not 7");
        assertThatThrownBy(() -> withLevels(List.of("Gold", "Gold"))).hasMessageContaining("already in the list");
    }

    @Test
    void aLevelGivenMustBeOneOfTheSchemesAndNoneWhenItHasNone() {
        Scheme levelled = withLevels(List.of("Bronze", "Silver", "Gold"));
        assertThat(levelled.levelProblem("Silver", true)).isEmpty();
        assertThat(levelled.levelProblem("Platinum", true))
                .containsExactly("\"Platinum\" is not a level of the Test Mark: choose one of Bronze, Silver, Gold");
        assertThat(levelled.levelProblem("", true)).containsExactly("Choose the level awarded: Bronze, Silver, Gold");
        assertThat(levelled.levelProblem("", false)).isEmpty();
        Scheme plain = withLevels(List.of());
        assertThat(plain.levelProblem(null, true)).isEmpty();
        assertThat(plain.levelProblem("Gold", true))
                .containsExactly("The Test Mark has no award levels: leave the level empty");
    }

    @Test
    void whoMayApplyInWords() {
        assertThat(withLevels(List.of()).applicantsInWords())
                .isEqualTo("Groups of primary schools and departments and faculties of secondary" + " schools");
        assertThat(withLevels(List.of()).admits(Scheme.Applicants.EARLY_YEARS)).isFalse();
    }

    @Test
    void aGroupSizeIsFromTwoSchoolsUpAndItsLargestIsNoSmallerThanItsSmallest() {
        assertThat(withLevels(List.of()).groupSize()).isEqualTo(new Scheme.GroupSize(3, 6));
        assertThat(Scheme.GroupSize.problems(1, 6))
                .containsExactly("The smallest group is from 2 to 30 schools, not 1");
        assertThat(Scheme.GroupSize.problems(5, 4))
                .containsExactly("The largest group without your agreement is from the smallest group (5) to 30"
                        + " schools, not 4");
        assertThat(Scheme.GroupSize.problems(4, 4)).isEmpty();
        assertThatThrownBy(() -> new Scheme.GroupSize(3, 31)).hasMessageContaining("not 31");
    }
}
