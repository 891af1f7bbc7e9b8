package uk.headsup.bulletins.internal.editions.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.internal.editions.Edition;
import uk.headsup.platform.DateInput;

/** An edition's date, foreword and the officer who signs it. */
public class EditionForm {

    private DateInput date = new DateInput();
    private String foreword = "";
    private String forewordPostId = "";
    private int version;

    static EditionForm of(Edition edition) {
        EditionForm f = new EditionForm();
        f.date = DateInput.of(edition.date());
        f.foreword = edition.foreword();
        f.forewordPostId =
                edition.forewordPostId() == null ? "" : edition.forewordPostId().toString();
        f.version = edition.version();
        return f;
    }

    record Checked(LocalDate date, String foreword, Long postId) {}

    Checked check(Errors errors) {
        LocalDate day = null;
        if (date.isBlank()) {
            errors.rejectValue("date", "required", "Enter the edition’s date");
        } else if (date.problem("The edition’s date") != null) {
            errors.rejectValue("date", "invalid", date.problem("The edition’s date"));
        } else {
            day = date.date().orElseThrow();
        }
        Long post = null;
        if (!forewordPostId.isBlank()) {
            try {
                post = Long.parseLong(forewordPostId);
            } catch (NumberFormatException e) {
                errors.rejectValue("forewordPostId", "invalid", "Select who signs the foreword from the list");
            }
        }
        if (!foreword.isBlank() && post == null && !errors.hasFieldErrors("forewordPostId")) {
            errors.rejectValue("forewordPostId", "required", "Select the officer who signs the foreword");
        }
        return errors.hasErrors()
                ? null
                : new Checked(day, foreword.replace("\r\n", "\n").strip(), post);
    }

    public DateInput getDate() {
        return date;
    }

    public void setDate(DateInput date) {
        this.date = date == null ? new DateInput() : date;
    }

    public String getForeword() {
        return foreword;
    }

    public void setForeword(String foreword) {
        this.foreword = foreword == null ? "" : foreword;
    }

    public String getForewordPostId() {
        return forewordPostId;
    }

    public void setForewordPostId(String forewordPostId) {
        this.forewordPostId = forewordPostId == null ? "" : forewordPostId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
