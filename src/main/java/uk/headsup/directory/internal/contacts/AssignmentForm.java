package uk.headsup.directory.internal.contacts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.DateInput;

/**
 * Someone to hold or cover a post, and when. The person is found by their work email; someone new is added to
 * the directory with the name and phone given. Cover also says what kind it is, and may carry a note.
 */
public class AssignmentForm {

    private String officer = "";
    private String email = "";
    private String fullName = "";
    private String phone = "";
    private String kind = "";
    private String note = "";
    private DateInput startsOn = new DateInput();
    private DateInput endsOn = new DateInput();

    /** The officer chosen from the directory (a person's id), or blank for someone whose details are typed. */
    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer == null ? "" : officer;
    }

    /** Takes the chosen officer's details as if typed, so that they are checked and saved as any others. */
    void choose(List<Posts.Colleague> officers, Errors errors) {
        if (officer.isBlank()) {
            return;
        }
        officers.stream()
                .filter(c -> c.value().equals(officer.strip()))
                .findFirst()
                .ifPresentOrElse(
                        c -> {
                            email = c.email();
                            fullName = c.name();
                            phone = c.phone() == null ? "" : c.phone();
                        },
                        () -> errors.rejectValue("officer", "unknown", "Select an officer from the list"));
    }

    record Checked(Officer officer, CoverKind kind, LocalDate from, LocalDate until, String note) {}

    /** Checks the form; returns what it asks for, or null after recording each problem on its field. */
    Checked check(Errors errors, PostAssignments assignments, boolean cover) {
        // In the order of the form's fields, so that the error summary lists them as the page does.
        CoverKind coverKind = null;
        if (cover) {
            coverKind = Arrays.stream(CoverKind.values())
                    .filter(k -> k.name().equals(kind))
                    .findFirst()
                    .orElse(null);
            if (coverKind == null) {
                errors.rejectValue("kind", "required", "Select how they cover the post");
            }
        }
        if (email.isBlank()) {
            errors.rejectValue("email", "required", "Enter their work email address");
        } else if (!ContactDetails.isEmail(email)) {
            errors.rejectValue(
                    "email", "format", "Enter an email address in the correct format, like name@elmshire.gov.uk");
        }
        if (fullName.isBlank()) {
            errors.rejectValue("fullName", "required", "Enter their full name");
        } else if (!errors.hasFieldErrors("email")) {
            assignments
                    .known(email)
                    .filter(p -> !normal(p.fullName()).equals(normal(fullName)))
                    .ifPresent(p -> errors.rejectValue(
                            "fullName",
                            "differs",
                            email + " is the email address of " + p.fullName()
                                    + " in the directory: enter their name as it is there, or check the email"
                                    + " address"));
        }
        if (!phone.isBlank() && !ContactDetails.isPhone(phone)) {
            errors.rejectValue("phone", "format", "Enter a telephone number, like 01632 960000 or +44 1632 960000");
        }
        LocalDate from = null;
        if (startsOn.isBlank()) {
            errors.rejectValue("startsOn", "required", "Enter the date they start");
        } else if (startsOn.problem("The start date") != null) {
            errors.rejectValue("startsOn", "invalid", startsOn.problem("The start date"));
        } else {
            from = startsOn.date().orElseThrow();
        }
        LocalDate until = null;
        if (endsOn.problem("The end date") != null) {
            errors.rejectValue("endsOn", "invalid", endsOn.problem("The end date"));
        } else if (!endsOn.isBlank()) {
            until = endsOn.date().orElseThrow();
            if (from != null && until.isBefore(from)) {
                errors.rejectValue("endsOn", "beforeStart", "The end date must be on or after the start date");
            }
        }
        if (note.length() > 300) {
            errors.rejectValue("note", "tooLong", "Note must be 300 characters or fewer");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Checked(new Officer(email, fullName, phone), coverKind, from, until, note);
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = ContactDetails.email(email);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = ContactDetails.phone(phone);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind.strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn == null ? new DateInput() : startsOn;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn == null ? new DateInput() : endsOn;
    }
}
