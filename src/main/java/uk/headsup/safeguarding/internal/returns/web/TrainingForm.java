package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;
import uk.headsup.safeguarding.internal.training.TrainingRecords;

/**
 * Safeguarding training a school adds to its return because Heads Up's courses do not show it, or its correction of
 * a line Heads Up filled in ({@code corrects} names that line; empty to add a line).
 */
public class TrainingForm {

    @Size(max = 100, message = "Choose a line of the table, or none")
    private String corrects = "";

    @NotBlank(message = "Enter who was trained")
    @Size(max = 200, message = "Who was trained must be 200 characters or fewer")
    private String trainee = "";

    @NotBlank(message = "Enter the course")
    @Size(max = 300, message = "The course must be 300 characters or fewer")
    private String course = "";

    private DateInput trainedOn = new DateInput();

    /** The form filled in with a line from events, to correct it. */
    static TrainingForm correcting(TrainingRecords.Line line) {
        TrainingForm form = new TrainingForm();
        form.corrects = line.key();
        form.trainee = line.name();
        form.course = line.course();
        form.trainedOn = DateInput.of(line.attendedOn());
        return form;
    }

    public String getCorrects() {
        return corrects;
    }

    public void setCorrects(String corrects) {
        this.corrects = corrects == null ? "" : corrects;
    }

    public String getTrainee() {
        return trainee;
    }

    public void setTrainee(String trainee) {
        this.trainee = trainee;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public DateInput getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(DateInput trainedOn) {
        this.trainedOn = trainedOn;
    }
}
