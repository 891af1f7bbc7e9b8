package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link TrainingForm}: a line of the table to correct (or none), who was trained on which
 * course, and a real date that is not in the future. Problems are reported in the order of the page.
 */
@Component
class TrainingFormValidator {

    /** A line of training that passed its checks; {@code corrects} is null when it adds a line. */
    record Training(String corrects, String trainee, String course, LocalDate trainedOn) {}

    private final Validator constraints;

    TrainingFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The training, or null with the problems in {@code errors}; {@code correctable} are the keys of the lines filled
     * in from events.
     */
    Training check(TrainingForm form, Set<String> correctable, LocalDate today, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        String corrects = form.corrects().isEmpty() ? null : form.corrects();
        if (corrects != null && !problems.has("corrects") && !correctable.contains(corrects)) {
            problems.add("corrects", "corrects", "Choose a line of the table to correct, or none to add a line");
        }
        LocalDate on = problems.requiredDate(
                "trainedOn", form.trainedOn(), "Enter the date of the training", "The date of the training");
        if (on != null && on.isAfter(today)) {
            problems.add("trainedOn", "future", "The date of the training must be today or in the past");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Training(corrects, form.trainee(), form.course(), on);
    }
}
