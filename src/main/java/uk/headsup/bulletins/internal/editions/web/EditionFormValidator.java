package uk.headsup.bulletins.internal.editions.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link EditionForm}: a real date, a signer chosen from the list, and a signer for any
 * foreword. Problems are reported in the order of the page.
 */
@Component
class EditionFormValidator {

    /** What the form says, once it is right. */
    record Checked(LocalDate date, String foreword, Long postId) {}

    private final Validator constraints;

    EditionFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The checked details, or null with the problems in {@code errors}. */
    Checked check(EditionForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        LocalDate day = problems.requiredDate("date", form.date(), "Enter the edition’s date", "The edition’s date");
        Long post = null;
        if (!form.forewordPostId().isBlank()) {
            try {
                post = Long.parseLong(form.forewordPostId());
            } catch (NumberFormatException e) {
                problems.add("forewordPostId", "invalid", "Select who signs the foreword from the list");
            }
        }
        if (!form.foreword().isBlank() && post == null && !problems.has("forewordPostId")) {
            problems.add("forewordPostId", "required", "Select the officer who signs the foreword");
        }
        return problems.reportTo(errors)
                ? new Checked(day, form.foreword().replace("\r\n", "\n").strip(), post)
                : null;
    }
}
