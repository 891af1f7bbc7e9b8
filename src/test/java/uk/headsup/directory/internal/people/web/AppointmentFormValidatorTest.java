package uk.headsup.directory.internal.people.web;

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
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.internal.OrganisationStatus;
import uk.headsup.directory.internal.people.Appointment;
import uk.headsup.directory.internal.people.People;
import uk.headsup.directory.internal.people.Person;
import uk.headsup.directory.internal.people.Workplace;
import uk.headsup.directory.internal.people.Workplaces;

class AppointmentFormValidatorTest {

    private static final Person AISHA = new Person(4, "Aisha Khan", "aisha@school.sch.uk", null, null);
    private static final Workplace ELSEY =
            new Workplace(12, "Elsey Primary", OrganisationKind.SCHOOL, "100012", "Elsey", OrganisationStatus.OPEN);

    private final Workplaces workplaces = new Workplaces(null) {
        @Override
        public Optional<Workplace> find(long id) {
            return id == ELSEY.id() ? Optional.of(ELSEY) : Optional.empty();
        }
    };

    /** Aisha has been SENCo at Elsey since 1 September 2024. */
    private final People people = new People(null, null) {
        @Override
        public List<Appointment> overlapping(
                long personId, long organisationId, OrganisationRole role, LocalDate from, LocalDate until) {
            return role == OrganisationRole.SENCO
                    ? List.of(new Appointment(
                            1,
                            personId,
                            organisationId,
                            ELSEY.name(),
                            OrganisationKind.SCHOOL,
                            ELSEY.urn(),
                            role,
                            LocalDate.of(2024, 9, 1),
                            null))
                    : List.of();
        }
    };

    private final AppointmentFormValidator validator = new AppointmentFormValidator(
            Validation.buildDefaultValidatorFactory().getValidator(), workplaces, people);

    @Test
    void aSearchARoleAndADateAreNeeded() {
        AppointmentForm blank = new AppointmentForm(null, null, null, null, null);
        Errors errors = new BeanPropertyBindingResult(blank, "form");
        assertThat(validator.check(blank, AISHA, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "organisationQuery: Search for the school or setting by its name, URN or postcode",
                        "role: Select their role",
                        "startsOn: Enter the date they started in this role");
    }

    @Test
    void theSchoolMustBeChosenFromTheSearchAndTheEndNotBeforeTheStart() {
        AppointmentForm form =
                new AppointmentForm("Elsey", "", "DSL", typed("1", "9", "2025"), typed("31", "8", "2025"));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, AISHA, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "organisationId: Select the school or setting",
                        "endsOn: The end date must be on or after the start date");

        AppointmentForm unknown = new AppointmentForm("Elsey", "999", "DSL", typed("1", "9", "2025"), null);
        Errors unknownErrors = new BeanPropertyBindingResult(unknown, "form");
        assertThat(validator.check(unknown, AISHA, unknownErrors)).isNull();
        assertThat(problems(unknownErrors)).containsExactly("organisationId: Select the school or setting");
    }

    @Test
    void aRoleAlreadyHeldThereIsRefusedAndAnotherIsGiven() {
        AppointmentForm senco = new AppointmentForm("Elsey", "12", "SENCO", typed("1", "1", "2026"), null);
        Errors errors = new BeanPropertyBindingResult(senco, "form");
        assertThat(validator.check(senco, AISHA, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly("startsOn: Aisha Khan is already SENCo at Elsey Primary from 1 September 2024: end"
                        + " that role first, or choose dates after it");

        AppointmentForm dsl = new AppointmentForm("Elsey", "12", "DSL", typed("1", "1", "2026"), null);
        assertThat(validator.check(dsl, AISHA, new BeanPropertyBindingResult(dsl, "form")))
                .isEqualTo(new AppointmentFormValidator.Checked(
                        ELSEY, OrganisationRole.DSL, LocalDate.of(2026, 1, 1), null));
    }
}
