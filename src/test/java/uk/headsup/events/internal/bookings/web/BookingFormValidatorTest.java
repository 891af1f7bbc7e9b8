package uk.headsup.events.internal.bookings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.events.internal.bookings.BookingDesk;

class BookingFormValidatorTest {

    private final BookingFormValidator validator =
            new BookingFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void peopleNotOfTheListAndALongPurchaseOrderAreRefusedAndKeptAsTyped() {
        BookingForm form = new BookingForm(4L, List.of("12", "x"), null, null, "p".repeat(101));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, 9, null, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "people: Choose people from the list",
                        "purchaseOrder: The purchase order reference must be 100 characters or fewer");
        assertThat(errors.getFieldValue("purchaseOrder")).isEqualTo("p".repeat(101));
    }

    @Test
    void requirementsLongerThanTheLimitAreNamed() {
        BookingForm form = new BookingForm(4L, List.of("12"), Map.of("12", "d".repeat(501)), null, "");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, 9, null, errors)).isNull();
        assertThat(problems(errors)).containsExactly("people: Dietary requirements must be 500 characters or fewer");
        BookingForm access = new BookingForm(4L, List.of("12"), null, Map.of("12", "a".repeat(501)), "");
        Errors more = new BeanPropertyBindingResult(access, "form");
        assertThat(validator.check(access, 9, null, more)).isNull();
        assertThat(problems(more)).containsExactly("people: Access requirements must be 500 characters or fewer");
    }

    @Test
    void aGoodFormIsTheRequestWithEachPersonsRequirements() {
        BookingForm form = new BookingForm(
                4L, List.of("12", "13"), Map.of("12", " Vegan ", "14", "ignored"), Map.of("13", "Ramp"), " PO-7 ");
        assertThat(validator.check(form, 9, null, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new BookingDesk.Request(
                        9,
                        4,
                        List.of(new BookingDesk.Attendee(12, "Vegan", ""), new BookingDesk.Attendee(13, "", "Ramp")),
                        "PO-7"));
    }

    @Test
    void bookingForYourselfBooksOnlyYouWhoeverWasTicked() {
        BookingForm form = new BookingForm(null, List.of("12", "nonsense"), Map.of("7", "Halal"), null, null);
        assertThat(validator.check(form, 9, 7L, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new BookingDesk.Request(9, 0, List.of(new BookingDesk.Attendee(7, "Halal", "")), ""));
    }
}
