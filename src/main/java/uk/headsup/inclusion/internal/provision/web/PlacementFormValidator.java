package uk.headsup.inclusion.internal.provision.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.provision.Provision;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link PlacementForm}: a registered provider, who commissioned it and why, chosen from the
 * page's lists; a real start date and real optional dates; up to 40 hours a week and a cost that is an amount. Problems
 * are reported in the order of the page.
 */
@Component
class PlacementFormValidator {

    private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(40);

    private final Validator constraints;
    private final Provision provision;

    PlacementFormValidator(Validator constraints, Provision provision) {
        this.constraints = constraints;
        this.provision = provision;
    }

    /** The placement, or null with the problems in {@code errors}. */
    Provision.NewPlacement check(PlacementForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        Long provider = providerId(form.provider());
        if (provider == null || provision.provider(provider).isEmpty()) {
            problems.add("provider", "required", "Select the provider");
        }
        if (!ProvisionController.COMMISSIONERS.containsKey(form.commissionedBy())) {
            problems.add("commissionedBy", "required", "Select who commissioned the placement");
        }
        if (!ProvisionController.REASONS.containsKey(form.reason())) {
            problems.add("reason", "required", "Select the reason for the placement");
        }
        LocalDate startsOn = problems.requiredDate("startsOn", form.startsOn(), "Enter the start date", "Start date");
        LocalDate plannedEnd = problems.optionalDate("plannedEnd", form.plannedEnd(), "Planned end date");
        BigDecimal hours = number(form.hoursAWeek());
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MOST_HOURS) > 0) {
            problems.add("hoursAWeek", "invalid", "Hours a week must be a number from 1 to 40, like 25");
        }
        BigDecimal cost = form.weeklyCost().isBlank() ? null : number(form.weeklyCost());
        if (!form.weeklyCost().isBlank() && (cost == null || cost.signum() < 0)) {
            problems.add("weeklyCost", "invalid", "Cost a week must be an amount in pounds, like 450");
        }
        LocalDate endedOn = problems.optionalDate("endedOn", form.endedOn(), "End date");
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Provision.NewPlacement(
                provider,
                form.commissionedBy(),
                form.reason(),
                startsOn,
                plannedEnd,
                hours,
                cost,
                form.reintegrationTarget(),
                endedOn,
                form.destination());
    }

    private static Long providerId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
