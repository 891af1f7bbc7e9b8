package uk.headsup.wellbeing.internal.offers.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.platform.DateInput;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;

class OfferFormValidatorTest {

    private final OfferFormValidator validator =
            new OfferFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void theBlankFormIsFreeAndSaysWhatIsMissingInTheOrderOfThePage() {
        OfferForm form = OfferForm.blank();
        assertThat(form.cost()).isEqualTo("Free");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(errors.getFieldErrors().stream().map(FieldError::getDefaultMessage))
                .containsExactly(
                        "Enter the title",
                        "Enter who provides it",
                        "Choose what kind of support it is",
                        "Enter what the offer is",
                        "Choose how people get it",
                        "Enter the date the offer is available until");
    }

    @Test
    void numbersAddressesAndDirectAccessAreChecked() {
        Errors errors = errors(form("x".repeat(201), "abc", "0", "DIRECT", "", "", date("31", "2", "2027")));
        assertThat(errors.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage()))
                .containsExactly(
                        "title: This must be 200 characters or fewer",
                        "maxYearsAsHead: The years of headship must be a whole number, like 5",
                        "capacity: The number of places must be between 1 and 100000",
                        "phone: Enter a phone number or a web address for direct access",
                        "availableUntil: Available until must be a real date");
        assertThat(errors(form("Coaching", "5", "12", "DIRECT", "", "ftp://example.org", date("31", "7", "2027")))
                        .getFieldError("link")
                        .getDefaultMessage())
                .isEqualTo("Enter a web address starting with https://");
    }

    @Test
    void aGoodFormMakesTheOfferWithItsTextStripped() {
        OfferForm form = form(" Coaching ", " 5 ", "12", "DIRECT", " 01632 960000 ", "", date("31", "7", "2027"));
        NewOffer offer = validator.check(form, new BeanPropertyBindingResult(form, "form"));
        assertThat(offer.title()).isEqualTo("Coaching");
        assertThat(offer.maxYearsAsHead()).isEqualTo(5);
        assertThat(offer.capacity()).isEqualTo(12);
        assertThat(offer.access()).isEqualTo(OfferAccess.DIRECT);
        assertThat(offer.phone()).isEqualTo("01632 960000");
        assertThat(offer.link()).isNull();
        assertThat(offer.roles()).containsExactly(OrganisationRole.HEADTEACHER);
        assertThat(offer.availableUntil()).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void aRoleNotOnTheListIsAProblemNotLeftOut() {
        OfferForm good = form("Coaching", "5", "12", "DIRECT", "01632 960000", "", date("31", "7", "2027"));
        OfferForm form = new OfferForm(
                good.title(),
                good.provider(),
                good.kind(),
                good.description(),
                List.of("HEADTEACHER", "NOT_A_ROLE"),
                List.of(),
                good.maxYearsAsHead(),
                good.cost(),
                good.capacity(),
                good.access(),
                good.phone(),
                good.link(),
                good.availableUntil());
        assertThat(errors(form).getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage()))
                .containsExactly("roles: Choose roles from the list");
    }

    private Errors errors(OfferForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.check(form, errors);
        return errors;
    }

    private static OfferForm form(
            String title, String years, String places, String access, String phone, String link, DateInput until) {
        return new OfferForm(
                title,
                "Elmshire",
                "COACHING",
                "One to one coaching.",
                List.of("HEADTEACHER"),
                null,
                years,
                null,
                places,
                access,
                phone,
                link,
                until);
    }

    private static DateInput date(String day, String month, String year) {
        DateInput date = new DateInput();
        date.setDay(day);
        date.setMonth(month);
        date.setYear(year);
        return date;
    }
}
