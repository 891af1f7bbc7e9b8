package uk.headsup.inclusion.internal.provision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;
import static uk.headsup.support.FormInput.typed;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.provision.Provision;

/** The validators of the provider and placement forms. */
class ProvisionFormValidatorsTest {

    private static final Validator CONSTRAINTS =
            Validation.buildDefaultValidatorFactory().getValidator();

    /** One provider is registered: Riverside Learning, id 5. */
    private final Provision provision = new Provision(null) {
        @Override
        public boolean hasProvider(String name) {
            return name.equalsIgnoreCase("Riverside Learning");
        }

        @Override
        public Optional<Provider> provider(long id) {
            return id == 5
                    ? Optional.of(new Provider(5, "Riverside Learning", "UNREGISTERED", "FRAMEWORK", null, 0))
                    : Optional.empty();
        }
    };

    private final ProviderFormValidator providers = new ProviderFormValidator(CONSTRAINTS, provision);
    private final PlacementFormValidator placements = new PlacementFormValidator(CONSTRAINTS, provision);

    @Test
    void aProviderNeedsANewNameAndHowItIsRegisteredAndCommissioned() {
        ProviderForm blank = new ProviderForm(" ", null, "SOMETIMES", null);
        Errors errors = new BeanPropertyBindingResult(blank, "form");
        assertThat(providers.check(blank, errors)).isFalse();
        assertThat(problems(errors))
                .containsExactly(
                        "name: Enter the provider's name",
                        "registration: Select how the provider is registered",
                        "commissioning: Select whether the provider is on the framework or spot-purchased");

        ProviderForm taken = new ProviderForm(" riverside learning ", "UNREGISTERED", "FRAMEWORK", "");
        Errors takenErrors = new BeanPropertyBindingResult(taken, "form");
        assertThat(providers.check(taken, takenErrors)).isFalse();
        assertThat(problems(takenErrors)).containsExactly("name: A provider with this name is already registered");

        ProviderForm fresh = new ProviderForm(" Hillside Tuition ", "OFSTED_REGISTERED", "SPOT_PURCHASE", "");
        assertThat(providers.check(fresh, new BeanPropertyBindingResult(fresh, "form")))
                .isTrue();
        assertThat(fresh.name()).isEqualTo("Hillside Tuition");
    }

    @Test
    void aPlacementNamesEachBadAnswerInTheOrderOfThePage() {
        PlacementForm form = new PlacementForm(
                "99",
                "NOBODY",
                "",
                typed("", "", ""),
                typed("31", "2", "2026"),
                "41",
                "lots",
                "",
                typed("1", "", ""),
                "");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(placements.check(form, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "provider: Select the provider",
                        "commissionedBy: Select who commissioned the placement",
                        "reason: Select the reason for the placement",
                        "startsOn: Enter the start date",
                        "plannedEnd: Planned end date must be a real date",
                        "hoursAWeek: Hours a week must be a number from 1 to 40, like 25",
                        "weeklyCost: Cost a week must be an amount in pounds, like 450",
                        "endedOn: End date must include a month and year");
        assertThat(errors.getFieldValue("weeklyCost"))
                .as("what was typed stays")
                .isEqualTo("lots");
    }

    @Test
    void aGoodPlacementKeepsItsAmounts() {
        PlacementForm form = new PlacementForm(
                "5",
                "AUTHORITY",
                "MEDICAL",
                typed("2", "3", "2026"),
                null,
                "22.5",
                "£1,250",
                " Back by summer ",
                null,
                null);
        Provision.NewPlacement placement = placements.check(form, new BeanPropertyBindingResult(form, "form"));
        assertThat(placement)
                .isEqualTo(new Provision.NewPlacement(
                        5,
                        "AUTHORITY",
                        "MEDICAL",
                        LocalDate.of(2026, 3, 2),
                        null,
                        new BigDecimal("22.5"),
                        new BigDecimal("1250"),
                        "Back by summer",
                        null,
                        ""));
    }
}
