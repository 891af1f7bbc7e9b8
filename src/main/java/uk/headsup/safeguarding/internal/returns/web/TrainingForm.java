package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;
import uk.headsup.safeguarding.internal.training.TrainingRecords;

/**
 * Safeguarding training a school adds to its return because Heads Up's courses do not show it, or its correction of
 * a line Heads Up filled in ({@code corrects} names that line; empty to add a line), as typed, in the order of the
 * page; {@link TrainingFormValidator} checks it. Text is stripped as it is bound; a field missing from the request is
 * blank.
 */
record TrainingForm(
        @Size(max = 100, message = "Choose a line of the table, or none")
        String corrects,

        @NotBlank(message = "Enter who was trained")
        @Size(max = 200, message = "Who was trained must be 200 characters or fewer")
        String trainee,

        @NotBlank(message = "Enter the course") @Size(max = 300, message = "The course must be 300 characters or fewer")
        String course,

        DateInput trainedOn) {

    TrainingForm {
        corrects = corrects == null ? "" : corrects.strip();
        trainee = trainee == null ? "" : trainee.strip();
        course = course == null ? "" : course.strip();
        trainedOn = trainedOn == null ? new DateInput() : trainedOn;
    }

    /** The form as first shown: empty, to add a line. */
    static TrainingForm empty() {
        return new TrainingForm("", "", "", new DateInput());
    }

    /** The form filled in with a line from events, to correct it. */
    static TrainingForm correcting(TrainingRecords.Line line) {
        return new TrainingForm(line.key(), line.name(), line.course(), DateInput.of(line.attendedOn()));
    }
}
