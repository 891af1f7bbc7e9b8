package uk.headsup.directory.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.internal.OrganisationSearch.Option;

class FilterChoicesTest {

    @Test
    void marksTheChosenOptionAndEscapesValuesAndLabels() {
        String html = FilterChoices.html(
                List.of(new Option("12", "Oak & Ash \"Trust\""), new Option("<b>", "Rugby <North>")),
                "12",
                "Any trust");
        assertThat(html)
                .isEqualTo("<option value=\"\">Any trust</option>"
                        + "<option value=\"12\" selected>Oak &amp; Ash &quot;Trust&quot;</option>"
                        + "<option value=\"&lt;b&gt;\">Rugby &lt;North&gt;</option>");
    }

    @Test
    void theAnyChoiceIsSelectedWhenNothingIsChosen() {
        assertThat(FilterChoices.html(List.of(new Option("A", "A")), "", "Any"))
                .startsWith("<option value=\"\" selected>Any</option>");
        assertThat(FilterChoices.html(List.of(new Option("", "Open and closed")), "", null))
                .isEqualTo("<option value=\"\" selected>Open and closed</option>");
    }
}
