package uk.headsup.bulletins.internal.archive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class SearchFormValidatorTest {

    private final SearchFormValidator validator =
            new SearchFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void datesThatAreNotRealAreNamedInTheOrderOfThePageAndKeptAsTyped() {
        SearchForm form = new SearchForm("ofsted", "", "", typed("31", "4", "2026"), typed("1", "", "2026"), "2");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("from: The date from must be a real date", "to: The date to must include a month");
        assertThat(errors.getFieldValue("from.day")).isEqualTo("31");
    }

    @Test
    void blankDatesAndAMissingOrNonsensePageAreTheWholeArchiveFromPageOne() {
        for (String page : new String[] {null, "", "two", "-3", "0"}) {
            SearchForm form = new SearchForm(" ofsted ", null, null, null, null, page);
            assertThat(validator.check(form, new BeanPropertyBindingResult(form, "form")))
                    .isEqualTo(new SearchFormValidator.Criteria("ofsted", "", "", null, null, 1));
        }
    }

    @Test
    void goodCriteriaAreTheWordsFiltersDatesAndPage() {
        SearchForm form = new SearchForm(
                "ofsted", "heads-weekly", "News", typed("1", "9", "2025"), typed("31", "7", "2026"), "3");
        assertThat(validator.check(form, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new SearchFormValidator.Criteria(
                        "ofsted", "heads-weekly", "News", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31), 3));
        assertThat(form.pageLink(4))
                .isEqualTo("/bulletins/search?q=ofsted&series=heads-weekly&section=News"
                        + "&from.day=1&from.month=9&from.year=2025&to.day=31&to.month=7&to.year=2026&page=4");
    }
}
