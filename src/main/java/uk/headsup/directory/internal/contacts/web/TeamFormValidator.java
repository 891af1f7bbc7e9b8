package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.directory.internal.contacts.Posts;
import uk.headsup.directory.internal.people.ContactDetails;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link TeamForm}: a name no other team has, and an email address that looks like one. */
@Component
class TeamFormValidator {

    private final Validator constraints;
    private final Posts posts;

    TeamFormValidator(Validator constraints, Posts posts) {
        this.constraints = constraints;
        this.posts = posts;
    }

    /** True when the form may be saved; otherwise its problems are in {@code errors}, in the order of the page. */
    boolean check(TeamForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        if (!problems.has("name") && posts.teamNamed(form.name()).isPresent()) {
            problems.add("name", "taken", "There is already a team called " + form.name());
        }
        if (!form.email().isBlank() && !ContactDetails.isEmail(form.email())) {
            problems.add("email", "format", "Enter an email address in the correct format, like send@elmshire.gov.uk");
        }
        return problems.reportTo(errors);
    }
}
