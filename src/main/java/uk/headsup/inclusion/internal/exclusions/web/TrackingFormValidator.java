package uk.headsup.inclusion.internal.exclusions.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.inclusion.internal.exclusions.Exclusion;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link TrackingForm}, a method for each step: what was typed for the step, and whether the
 * exclusion is at that step. Each returns the change to make to the exclusion, or null with the problems in
 * {@code errors} (those of the step's fields in the order of the page, then any about the exclusion as a whole).
 */
@Component
class TrackingFormValidator {

    private final Validator constraints;

    TrackingFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The governors met, on or after the first day of exclusion, and decided; only where they must consider it. */
    Consumer<Exclusion> governors(TrackingForm form, Exclusion exclusion, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate held =
                problems.requiredDate("heldOn", form.heldOn(), "Enter the date governors met", "Date governors met");
        Optional<Exclusion.GovernorsOutcome> outcome = named(Exclusion.GovernorsOutcome.values(), form.outcome());
        if (outcome.isEmpty()) {
            problems.add("outcome", "required", "Select what the governors decided");
        }
        if (held != null && held.isBefore(exclusion.firstDay())) {
            problems.add("heldOn", "invalid", "Date governors met must be on or after the first day of exclusion");
        }
        boolean allowed = exclusion.governorsDue() != null;
        return outcome(
                problems,
                allowed,
                "notRequired",
                "Governors need not consider this exclusion",
                errors,
                x -> x.recordGovernors(held, outcome.orElseThrow()));
    }

    /**
     * The review was requested (only after governors upheld a permanent exclusion) or, once requested, what the panel
     * decided.
     */
    Consumer<Exclusion> review(TrackingForm form, Exclusion exclusion, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (exclusion.reviewRequestedOn() == null) {
            LocalDate on = problems.requiredDate(
                    "requestedOn",
                    form.requestedOn(),
                    "Enter the date the review was requested",
                    "Date the review was requested");
            boolean allowed =
                    exclusion.governorsOutcome() == Exclusion.GovernorsOutcome.UPHELD && exclusion.permanent();
            return outcome(
                    problems,
                    allowed,
                    "notYet",
                    "An independent review follows governors upholding a permanent exclusion",
                    errors,
                    x -> x.requestReview(on));
        }
        Optional<Exclusion.ReviewOutcome> decided = named(Exclusion.ReviewOutcome.values(), form.reviewOutcome());
        if (decided.isEmpty()) {
            problems.add("reviewOutcome", "required", "Select what the review panel decided");
        }
        return outcome(problems, true, null, null, errors, x -> x.recordReviewOutcome(decided.orElseThrow()));
    }

    /** Who provides the education from the sixth day, and from when. */
    Consumer<Exclusion> sixthDay(TrackingForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (form.provider().isBlank()) {
            problems.add("provider", "required", "Enter who provides the education");
        }
        LocalDate from = problems.requiredDate(
                "from", form.from(), "Enter the date the education starts", "Date the education starts");
        return outcome(problems, true, null, null, errors, x -> x.arrangeSixthDay(form.provider(), from));
    }

    /** The date of a permanently excluded pupil's new school place. */
    Consumer<Exclusion> newSchool(TrackingForm form, Exclusion exclusion, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate on = problems.requiredDate(
                "placedOn", form.placedOn(), "Enter the date of the new school place", "Date of the new school place");
        return outcome(
                problems,
                exclusion.permanent(),
                "notPermanent",
                "Only a permanently excluded pupil needs a new school place",
                errors,
                x -> x.placedAtNewSchool(on));
    }

    /** The change, or null after reporting the fields' problems and, if the step is not allowed, why. */
    private static Consumer<Exclusion> outcome(
            FormProblems problems,
            boolean allowed,
            String notAllowedCode,
            String notAllowed,
            Errors errors,
            Consumer<Exclusion> change) {
        boolean typedRight = problems.reportTo(errors);
        if (!allowed) {
            errors.reject(notAllowedCode, notAllowed);
        }
        return typedRight && allowed ? change : null;
    }

    private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
    }
}
