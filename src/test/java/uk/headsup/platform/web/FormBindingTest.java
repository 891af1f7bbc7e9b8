package uk.headsup.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/** A form record bound from a request with values that cannot be read as their fields' types. */
class FormBindingTest {

    enum Colour {
        RED,
        GREEN
    }

    record Form(
            String name,

            @Mistyped("Enter the number of places as a number")
            Integer places,

            Boolean tick,
            Set<Colour> colours,
            Long id,
            DateInput on) {

        Form {
            name = name == null ? "" : name;
            tick = Boolean.TRUE.equals(tick);
            colours = colours == null ? Set.of() : colours;
            on = on == null ? new DateInput() : on;
        }
    }

    private static BindingResult bound(MockHttpServletRequest request) {
        FormBinding.FormBinder binder = new FormBinding.FormBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(Form.class));
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.construct(request);
        return binder.getBindingResult();
    }

    @Test
    void aMistypedValueIsAProblemOnItsFieldAndTheFormIsKeptWithWhatElseWasTyped() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.addParameter("name", "Typed");
        request.addParameter("places", "abc");
        request.addParameter("tick", "maybe");
        request.addParameter("colours", "RED", "PURPLE");
        request.addParameter("id", "12x");
        request.addParameter("on.day", "45");
        request.addParameter("on.month", "1");
        request.addParameter("on.year", "2026");

        BindingResult result = bound(request);

        assertThat(result.getTarget())
                .as("the form, so that the page can show it again")
                .isInstanceOfSatisfying(Form.class, form -> {
                    assertThat(form.name()).isEqualTo("Typed");
                    assertThat(form.places()).isNull();
                    assertThat(form.on().getDay()).as("nested fields bound too").isEqualTo("45");
                });
        assertThat(result.getFieldErrors())
                .extracting(FieldError::getField, FieldError::getCode, FieldError::getDefaultMessage)
                .containsExactlyInAnyOrder(
                        tuple("places", "typeMismatch", "Enter the number of places as a number"),
                        tuple("tick", "typeMismatch", "Choose yes or no"),
                        tuple("colours", "typeMismatch", "Choose from the list"),
                        tuple("id", "typeMismatch", "Enter a whole number, like 3"));
        assertThat(result.getFieldValue("places"))
                .as("what was typed, shown again")
                .isEqualTo("abc");
        assertThat(result.getFieldValue("colours"))
                .as("the boxes ticked, a list as the page ticks them")
                .isEqualTo(List.of("RED", "PURPLE"));
        assertThat(result.getFieldValue("name")).isEqualTo("Typed");
    }

    @Test
    void aFormReadRightHasNoProblems() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.addParameter("places", "12");
        request.addParameter("colours", "GREEN");
        request.addParameter("on.day", "1");

        BindingResult result = bound(request);

        assertThat(result.hasErrors()).isFalse();
        assertThat((Form) result.getTarget()).satisfies(form -> {
            assertThat(form.places()).isEqualTo(12);
            assertThat(form.colours()).containsExactly(Colour.GREEN);
        });
    }
}
