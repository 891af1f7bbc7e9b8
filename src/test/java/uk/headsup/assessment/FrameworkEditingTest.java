package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.headsup.assessment.Framework.Standard;

/** The rules for editing a draft version's content, standard by standard. */
class FrameworkEditingTest {

    private final Framework framework = FrameworkJsonTest.aFramework();

    private static Standard standard(String number, String statement, String scale, Map<String, String> descriptors) {
        return new Standard(number, statement, null, List.of(), descriptors, false, Set.of(), scale, List.of());
    }

    @Test
    void aChangedStandardKeepsItsPlaceAndShowsInWhatChanged() {
        Framework changed = framework.withStandard(
                standard("1.1", "Governors review safeguarding every year", "rag", Map.of("red", "Not reviewed")));

        assertThat(changed.standards()).extracting(Standard::number).containsExactly("1.1", "1.2");
        assertThat(changed.standard("1.1").orElseThrow().statement())
                .isEqualTo("Governors review safeguarding every year");
        assertThat(FrameworkChange.between(framework, changed))
                .singleElement()
                .satisfies(c -> assertThat(c.what()).contains("statement", "descriptors"));
    }

    @Test
    void aChangedStandardShowsEachChangedPartBeforeAndAfter() {
        Framework changed = framework.withStandard(
                standard("1.1", "Governors review safeguarding every year", "rag", Map.of("red", "Not reviewed")));

        assertThat(FrameworkChange.between(framework, changed))
                .singleElement()
                .satisfies(c -> assertThat(c.differences())
                        .containsExactly(
                                new FrameworkChange.Difference(
                                        "Statement",
                                        "The governing body reviews safeguarding each year",
                                        "Governors review safeguarding every year"),
                                new FrameworkChange.Difference("Guidance", "See KCSIE part 2", ""),
                                new FrameworkChange.Difference("What Green means", "Reviewed and minuted", ""),
                                new FrameworkChange.Difference("What Red means", "No review", "Not reviewed"),
                                new FrameworkChange.Difference("Statutory", "Statutory", "Optional"),
                                new FrameworkChange.Difference("Links", "KCSIE (https://www.gov.uk/kcsie)", "")));
    }

    @Test
    void aStandardIsAddedAtTheEndOfItsSectionAndRemoved() {
        Framework added =
                framework.withStandardAdded("1", standard("1.3", "Records are kept securely", "rag", Map.of()));
        assertThat(added.standards()).extracting(Standard::number).containsExactly("1.1", "1.2", "1.3");

        Framework removed = added.withoutStandard("1.2");
        assertThat(removed.standards()).extracting(Standard::number).containsExactly("1.1", "1.3");
        assertThat(FrameworkChange.between(framework, removed))
                .extracting(FrameworkChange::kind)
                .containsExactlyInAnyOrder(FrameworkChange.Kind.ADDED, FrameworkChange.Kind.REMOVED);
    }

    @Test
    void anEditTheFrameworkCannotHoldIsRefusedNamingTheField() {
        assertThatThrownBy(() -> framework.withStandardAdded("1", standard("1.2", "Again", "rag", Map.of())))
                .hasMessage("Number: there is already a standard 1.2");
        assertThatThrownBy(() -> framework.withStandardAdded("9", standard("9.1", "New", "rag", Map.of())))
                .hasMessage("There is no section 9");
        assertThatThrownBy(() -> framework.withStandard(standard("1.1", " ", "rag", Map.of())))
                .hasMessage("Statement: enter what standard 1.1 asks for");
        assertThatThrownBy(() -> framework.withStandard(standard("1.1", "Reviewed", "rag", Map.of("blue", "?"))))
                .hasMessageStartingWith("Descriptors: blue is not a rating");
        assertThatThrownBy(() -> framework.withStandard(standard("1.1", "Reviewed", "stars", Map.of())))
                .hasMessage("Rating scale: there is no scale stars");
        assertThatThrownBy(() -> framework.withoutStandard("4.4")).hasMessage("There is no standard 4.4 to remove");
        assertThatThrownBy(() -> framework.withStandard(standard("4.4", "New", "rag", Map.of())))
                .hasMessage("There is no standard 4.4 to change");
    }

    @Test
    void aSectionIsAddedAtTheEndAndRenamed() {
        Framework added = framework.withSectionAdded("2", "Online safety");
        assertThat(added.sections())
                .extracting(Framework.Section::title)
                .containsExactly("Leadership", "Online safety");
        assertThat(added.withStandardAdded("2", standard("2.1", "Filtering is checked", "rag", Map.of()))
                        .sections()
                        .get(1)
                        .standards())
                .extracting(Standard::number)
                .containsExactly("2.1");

        Framework renamed = added.withSectionTitled("1", "Leadership and governance");
        assertThat(renamed.sections().get(0).title()).isEqualTo("Leadership and governance");
        assertThat(renamed.sections().get(0).standards())
                .isEqualTo(framework.sections().get(0).standards());

        assertThatThrownBy(() -> added.withSectionAdded("1", "Again"))
                .hasMessage("Number: there is already a section 1");
        assertThatThrownBy(() -> added.withSectionAdded(" ", "Blank")).hasMessageStartingWith("Number: enter");
        assertThatThrownBy(() -> added.withSectionTitled("1", " ")).hasMessageStartingWith("Title: enter");
        assertThatThrownBy(() -> added.withSectionTitled("9", "Nine")).hasMessage("There is no section 9");
    }
}
