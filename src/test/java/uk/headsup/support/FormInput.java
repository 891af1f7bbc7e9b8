package uk.headsup.support;

import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import uk.headsup.platform.DateInput;

/** For the unit tests of form validators: dates as typed into the three boxes, and the problems a page would list. */
public final class FormInput {

    private FormInput() {}

    /** What someone typed into a GOV.UK date input's day, month and year boxes. */
    public static DateInput typed(String day, String month, String year) {
        DateInput input = new DateInput();
        input.setDay(day);
        input.setMonth(month);
        input.setYear(year);
        return input;
    }

    /** The error summary's lines, in its order: {@code field: message}, or {@code form: message} for the whole form. */
    public static List<String> problems(Errors errors) {
        return errors.getAllErrors().stream()
                .map(e -> (e instanceof FieldError f ? f.getField() : "form") + ": " + e.getDefaultMessage())
                .toList();
    }
}
