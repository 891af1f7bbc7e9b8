package uk.headsup.bulletins.internal.archive.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link SearchForm}: dates that are real when typed (either may be left blank). Problems are
 * reported in the order of the page.
 */
@Component
class SearchFormValidator {

    /** A search that passed its checks; the dates are null when not given. */
    record Criteria(String words, String series, String section, LocalDate from, LocalDate to, int page) {}

    private final Validator constraints;

    SearchFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The criteria, or null with the problems in {@code errors}. */
    Criteria check(SearchForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate from = problems.optionalDate("from", form.from(), "The date from");
        LocalDate to = problems.optionalDate("to", form.to(), "The date to");
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Criteria(form.q(), form.series(), form.section(), from, to, form.pageNumber());
    }
}
