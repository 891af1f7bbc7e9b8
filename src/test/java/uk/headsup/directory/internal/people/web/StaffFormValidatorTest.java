package uk.headsup.directory.internal.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.directory.OrganisationRole;

class StaffFormValidatorTest {

    private static final Function<StaffFormValidator.NewStaff, Optional<String>> NOBODY = s -> Optional.empty();

    private final StaffFormValidator validator =
            new StaffFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        StaffForm form = new StaffForm(" ", null, null, null);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, NOBODY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "fullName: Enter their full name",
                        "email: Enter their work email address, like name@school.example",
                        "role: Select their role",
                        "startsOn: Enter the date they started in this role");
    }

    @Test
    void aLongNameABadAddressARoleNotOfTheListAndABadDateAreRefusedAndKeptAsTyped() {
        StaffForm form = new StaffForm("n".repeat(201), "sam at school", "KING", typed("31", "9", "2026"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, s -> Optional.of("never asked"), errors))
                .isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "fullName: Full name must be 200 characters or fewer",
                        "email: Enter their work email address, like name@school.example",
                        "role: Select their role",
                        "startsOn: The start date must be a real date");
        assertThat(errors.getFieldValue("role")).isEqualTo("KING");
    }

    @Test
    void someoneWhoHoldsTheRoleAlreadyIsNamed() {
        StaffForm form = new StaffForm("Sam Reed", "sam@oak.sch.uk", "HEADTEACHER", typed("1", "9", "2026"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, s -> Optional.of("Samuel Reed"), errors))
                .isNull();
        assertThat(problems(errors)).containsExactly("role: Samuel Reed is already Headteacher here");
    }

    @Test
    void goodStaffAreTheirStrippedNameAddressRoleAndStart() {
        StaffForm form = new StaffForm(" Sam Reed ", " sam@oak.sch.uk ", "HEADTEACHER", typed("1", "9", "2026"));
        assertThat(validator.check(form, NOBODY, new BeanPropertyBindingResult(form, "form")))
                .isEqualTo(new StaffFormValidator.NewStaff(
                        "Sam Reed", "sam@oak.sch.uk", OrganisationRole.HEADTEACHER, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void aRoleToCorrectToIsOneOfTheList() {
        RoleFormValidator roles =
                new RoleFormValidator(Validation.buildDefaultValidatorFactory().getValidator());
        RoleForm bad = new RoleForm("");
        Errors errors = new BeanPropertyBindingResult(bad, "form");
        assertThat(roles.check(bad, errors)).isNull();
        assertThat(problems(errors)).containsExactly("role: Select their role");
        RoleForm good = new RoleForm("BUSINESS_MANAGER");
        assertThat(roles.check(good, new BeanPropertyBindingResult(good, "form")))
                .isEqualTo(OrganisationRole.BUSINESS_MANAGER);
    }
}
