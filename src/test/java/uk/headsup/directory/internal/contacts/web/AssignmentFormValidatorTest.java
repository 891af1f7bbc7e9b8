package uk.headsup.directory.internal.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.contacts.Officer;
import uk.headsup.directory.internal.contacts.PostAssignments;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.platform.DateInput;

class AssignmentFormValidatorTest {

    /** The directory knows one address, for Hollie Holder. */
    private final PostAssignments assignments = new PostAssignments(null, null) {
        @Override
        public Optional<Person> known(String email) {
            return email.equals("hollie@elmshire.gov.uk")
                    ? Optional.of(new Person(7, "Hollie Holder", email, null, null))
                    : Optional.empty();
        }
    };

    private final AssignmentFormValidator validator = new AssignmentFormValidator(
            Validation.buildDefaultValidatorFactory().getValidator(), assignments);

    @Test
    void coverNeedsItsKindSomeoneRealDatesAndAShortNoteInTheOrderOfThePage() {
        AssignmentForm form = new AssignmentForm(
                "SOMETIMES",
                "",
                "not an address",
                "",
                "123",
                typed("1", "13", "2025"),
                typed("", "", "2025"),
                "n".repeat(301));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.checkCover(form, List.of(), errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "kind: Select how they cover the post",
                        "email: Enter an email address in the correct format, like name@elmshire.gov.uk",
                        "fullName: Enter their full name",
                        "phone: Enter a telephone number, like 01632 960000 or +44 1632 960000",
                        "startsOn: The start date must be a real date",
                        "endsOn: The end date must include a day and month",
                        "note: Note must be 300 characters or fewer");
        assertThat(errors.getFieldValue("email")).as("what was typed stays").isEqualTo("not an address");
    }

    @Test
    void aHolderNeedsTheNameTheDirectoryHasAndAnEndNotBeforeTheStart() {
        AssignmentForm form = new AssignmentForm(
                "",
                "",
                " hollie@elmshire.gov.uk ",
                "Holly Holder",
                "",
                typed("1", "9", "2025"),
                typed("31", "8", "2025"),
                "");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.checkHolder(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "fullName: hollie@elmshire.gov.uk is the email address of Hollie Holder in the directory:"
                                + " enter their name as it is there, or check the email address",
                        "endsOn: The end date must be on or after the start date");

        AssignmentForm blank = new AssignmentForm(null, null, null, null, null, null, null, null);
        Errors missing = new BeanPropertyBindingResult(blank, "form");
        assertThat(validator.checkHolder(blank, missing)).isNull();
        assertThat(problems(missing))
                .containsExactly(
                        "email: Enter their work email address",
                        "fullName: Enter their full name",
                        "startsOn: Enter the date they start");
    }

    @Test
    void anOfficerChosenFromTheListIsCheckedAsIfTyped() {
        List<Posts.Colleague> officers =
                List.of(new Posts.Colleague(3, "Daniel Price", "daniel@elmshire.gov.uk", null));
        AssignmentForm unknown =
                new AssignmentForm("ACTING", "99", "", "", "", typed("1", "9", "2025"), new DateInput(), "");
        Errors errors = new BeanPropertyBindingResult(unknown, "form");
        assertThat(validator.checkCover(unknown, officers, errors)).isNull();
        assertThat(problems(errors)).containsExactly("officer: Select an officer from the list");

        AssignmentForm chosen = new AssignmentForm(
                "ACTING", "3", "", "", "", typed("1", "9", "2025"), new DateInput(), " While Hollie is away ");
        AssignmentFormValidator.Checked checked =
                validator.checkCover(chosen, officers, new BeanPropertyBindingResult(chosen, "form"));
        assertThat(checked)
                .isEqualTo(new AssignmentFormValidator.Checked(
                        new Officer("daniel@elmshire.gov.uk", "Daniel Price", ""),
                        CoverKind.ACTING,
                        LocalDate.of(2025, 9, 1),
                        null,
                        "While Hollie is away"));
    }
}
