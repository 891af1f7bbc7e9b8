package uk.headsup.directory.internal.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;

class PersonFormValidatorTest {

    private static final Person AISHA = new Person(4, "Aisha Khan", "aisha@school.sch.uk", null, "SENCo");

    /** The directory knows one address, Aisha Khan's. */
    private final People people = new People(null, null) {
        @Override
        public Optional<Person> byEmail(String email) {
            return email.equalsIgnoreCase(AISHA.email()) ? Optional.of(AISHA) : Optional.empty();
        }
    };

    private final PersonFormValidator validator =
            new PersonFormValidator(Validation.buildDefaultValidatorFactory().getValidator(), people);

    @Test
    void everyFieldIsCheckedInTheOrderOfThePage() {
        PersonForm form = new PersonForm(" ", "aisha at school", "phone me", "t".repeat(201));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, null, errors)).isFalse();
        assertThat(problems(errors))
                .containsExactly(
                        "fullName: Enter their full name",
                        "email: Enter an email address in the correct format, like name@school.sch.uk",
                        "phone: Enter a telephone number, like 01632 960000 or +44 1632 960000",
                        "jobTitle: Job title must be 200 characters or fewer");
        assertThat(errors.getFieldValue("phone")).as("what was typed stays").isEqualTo("phone me");

        PersonForm blank = new PersonForm("n".repeat(201), null, null, null);
        Errors missing = new BeanPropertyBindingResult(blank, "form");
        assertThat(validator.check(blank, null, missing)).isFalse();
        assertThat(problems(missing))
                .containsExactly(
                        "fullName: Full name must be 200 characters or fewer", "email: Enter their work email address");
    }

    @Test
    void anEmailAddressIsOnePersonsOnly() {
        PersonForm someoneElse = new PersonForm("Ben Cole", "aisha@school.sch.uk", "", "");
        Errors errors = new BeanPropertyBindingResult(someoneElse, "form");
        assertThat(validator.check(someoneElse, null, errors)).isFalse();
        assertThat(problems(errors))
                .containsExactly("email: aisha@school.sch.uk is already the email address of Aisha Khan: each person"
                        + " has their own work email address");

        PersonForm herself = new PersonForm(" Aisha  Khan ", "aisha@school.sch.uk", "01632 960000", "SENCo");
        assertThat(validator.check(herself, AISHA.id(), new BeanPropertyBindingResult(herself, "form")))
                .isTrue();
        assertThat(herself.fullName()).isEqualTo("Aisha  Khan");
    }
}
