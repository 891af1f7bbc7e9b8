package uk.headsup.inclusion.internal.exclusions;

import uk.headsup.platform.DateInput;

/** The minimum form on the day: the pupil, the type, the dates and the reason. */
public class NotifyForm {

    private Long school;
    private String firstName = "";
    private String lastName = "";
    private DateInput dateOfBirth = new DateInput();
    private String kind = "";
    private DateInput firstDay = new DateInput();
    private DateInput lastDay = new DateInput();
    private String reason = "";

    ExclusionRules.Notice notice() {
        return new ExclusionRules.Notice(
                firstName,
                lastName,
                dateOfBirth.date().orElse(null),
                kind,
                firstDay.date().orElse(null),
                lastDay.date().orElse(null),
                reason,
                null);
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateInput getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(DateInput firstDay) {
        this.firstDay = firstDay;
    }

    public DateInput getLastDay() {
        return lastDay;
    }

    public void setLastDay(DateInput lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
