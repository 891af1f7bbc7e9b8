package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.CoverKind;
import uk.headsup.directory.internal.contacts.Officer;
import uk.headsup.directory.internal.contacts.PostAssignments;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link AssignmentForm}: an officer from the list, if one is chosen; an email address and
 * telephone number that look like ones; the name the directory already has for that email; a real start date and an
 * end date not before it; and, for cover, its kind. Problems are reported in the order of the page.
 */
@Component
class AssignmentFormValidator {

    /** What the form asks for, once it is right. */
    record Checked(Officer officer, CoverKind kind, LocalDate from, LocalDate until, String note) {}

    private final Validator constraints;
    private final PostAssignments assignments;

    AssignmentFormValidator(Validator constraints, PostAssignments assignments) {
        this.constraints = constraints;
        this.assignments = assignments;
    }

    /** Someone to hold the post: what the form asks for, or null with the problems in {@code errors}. */
    Checked checkHolder(AssignmentForm form, Errors errors) {
        return check(form, false, List.of(), errors);
    }

    /**
     * Someone to cover the post, typed or chosen from {@code officers}: what the form asks for, or null with the
     * problems in {@code errors}.
     */
    Checked checkCover(AssignmentForm form, List<Posts.Colleague> officers, Errors errors) {
        return check(form, true, officers, errors);
    }

    private Checked check(AssignmentForm typed, boolean cover, List<Posts.Colleague> officers, Errors errors) {
        AssignmentForm form = typed;
        if (!typed.officer().isBlank()) {
            Optional<Posts.Colleague> chosen = officers.stream()
                    .filter(c -> c.value().equals(typed.officer()))
                    .findFirst();
            if (chosen.isEmpty()) {
                errors.rejectValue("officer", "unknown", "Select an officer from the list");
                return null;
            }
            form = typed.choosing(chosen.get());
        }
        FormProblems problems = FormProblems.of(constraints, form);
        CoverKind coverKind = null;
        if (cover) {
            coverKind = Arrays.stream(CoverKind.values())
                    .filter(k -> k.name().equals(typed.kind()))
                    .findFirst()
                    .orElse(null);
            if (coverKind == null) {
                problems.add("kind", "required", "Select how they cover the post");
            }
        }
        if (!problems.has("email") && !ContactDetails.isEmail(form.email())) {
            problems.add("email", "format", "Enter an email address in the correct format, like name@elmshire.gov.uk");
        }
        if (!problems.has("email") && !problems.has("fullName")) {
            String fullName = form.fullName();
            String email = form.email();
            assignments
                    .known(email)
                    .filter(p -> !normal(p.fullName()).equals(normal(fullName)))
                    .ifPresent(p -> problems.add(
                            "fullName",
                            "differs",
                            email + " is the email address of " + p.fullName()
                                    + " in the directory: enter their name as it is there, or check the email"
                                    + " address"));
        }
        if (!form.phone().isBlank() && !ContactDetails.isPhone(form.phone())) {
            problems.add("phone", "format", "Enter a telephone number, like 01632 960000 or +44 1632 960000");
        }
        LocalDate from =
                problems.requiredDate("startsOn", form.startsOn(), "Enter the date they start", "The start date");
        LocalDate until = problems.optionalDate("endsOn", form.endsOn(), "The end date");
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("endsOn", "beforeStart", "The end date must be on or after the start date");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        return new Checked(
                new Officer(form.email(), form.fullName(), form.phone()), coverKind, from, until, form.note());
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
