package uk.headsup.accounts.internal.administration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.accounts.AuthorityRole;

class InviteFormValidatorTest {

    private static final Predicate<String> TAKEN = "priya.shah@elmshire.gov.uk"::equals;

    private final InviteFormValidator validator =
            new InviteFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        InviteForm form = new InviteForm(" ", null, null);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, TAKEN, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "name: Enter their full name",
                        "email: Enter their work email address",
                        "roles: Select at least one role");
    }

    @Test
    void aLongNameABadAddressAndARoleNotOfTheListAreRefusedAndKeptAsTyped() {
        InviteForm form = new InviteForm("n".repeat(201), "priya at elmshire", List.of("ADMIN", "KING"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, TAKEN, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "name: Their full name must be 200 characters or fewer",
                        "email: Enter an email address in the correct format, like name@council.gov.uk",
                        "roles: Select roles from the list");
        assertThat(errors.getFieldValue("email")).isEqualTo("priya at elmshire");
    }

    @Test
    void anAddressWithAnAccountAlreadyOrTooLongSaysSo() {
        InviteForm taken = new InviteForm("Priya Shah", " priya.shah@elmshire.gov.uk ", List.of("ADMIN"));
        Errors errors = new BeanPropertyBindingResult(taken, "form");
        assertThat(validator.check(taken, TAKEN, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("email: There is already an account for priya.shah@elmshire.gov.uk");
        InviteForm tooLong = new InviteForm("Priya Shah", "p".repeat(250) + "@x.uk", List.of("ADMIN"));
        Errors more = new BeanPropertyBindingResult(tooLong, "form");
        assertThat(validator.check(tooLong, TAKEN, more)).isNull();
        assertThat(problems(more)).containsExactly("email: Their email address must be 254 characters or fewer");
    }

    @Test
    void aGoodInvitationIsTheStrippedNameAddressAndRoles() {
        InviteForm form =
                new InviteForm(" Sam Reed ", "sam.reed@elmshire.gov.uk", List.of("SAFEGUARDING_OFFICER", "ADMIN"));
        assertThat(validator.check(form, TAKEN, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new InviteFormValidator.Invitation(
                        "Sam Reed",
                        "sam.reed@elmshire.gov.uk",
                        EnumSet.of(AuthorityRole.ADMIN, AuthorityRole.SAFEGUARDING_OFFICER)));
    }
}
