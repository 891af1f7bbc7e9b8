package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import uk.headsup.support.FormInput;

class FormProblemsTest {

    enum Phase {
        PRIMARY,
        SECONDARY
    }

    record Form(
            @NotBlank(message = "Enter a title") String title,
            @NotNull(message = "Enter the number of places") Integer places,
            List<String> phases) {}

    private static final Validator CONSTRAINTS =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void choicesNotOnTheListAreAProblemNotLeftOutQuietly() {
        Form form = new Form("A title", 3, List.of("PRIMARY", "TERTIARY", "NURSERY"));
        FormProblems problems = FormProblems.of(CONSTRAINTS, form);

        assertThat(problems.choices("phases", form.phases(), Phase.class, "Choose phases from the list"))
                .containsExactly(Phase.PRIMARY);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        assertThat(problems.reportTo(errors)).isFalse();
        assertThat(FormInput.problems(errors)).containsExactly("phases: Choose phases from the list");
    }

    @Test
    void aValueThatCouldNotBeBoundCountsAndKeepsItsOwnMessage() {
        // "places=abc": bound as nothing, with the binding's problem on the field.
        Form form = new Form("", null, List.of());
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        errors.addError(new FieldError(
                "form", "places", "abc", true, new String[] {"typeMismatch"}, null, "Enter the places as a number"));

        assertThat(FormProblems.of(CONSTRAINTS, form).reportTo(errors))
                .as("the form is not accepted")
                .isFalse();
        assertThat(FormInput.problems(errors))
                .as("the empty field's own problem is not added to what is wrong with what was sent; the binding's"
                        + " problems come first, as they are in the result before the validator's")
                .containsExactly("places: Enter the places as a number", "title: Enter a title");
    }

    @Test
    void aFormWithoutProblemsIsAccepted() {
        Form form = new Form("A title", 3, List.of("SECONDARY"));
        FormProblems problems = FormProblems.of(CONSTRAINTS, form);
        assertThat(problems.choices("phases", form.phases(), Phase.class, "Choose phases from the list"))
                .containsExactly(Phase.SECONDARY);
        assertThat(problems.reportTo(new BeanPropertyBindingResult(form, "form")))
                .isTrue();
    }
}
