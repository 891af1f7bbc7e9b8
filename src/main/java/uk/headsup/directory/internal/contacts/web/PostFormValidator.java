package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link PostForm}: the title's constraints, then at most 20 areas of 200 characters each. */
@Component
class PostFormValidator {

    private final Validator constraints;

    PostFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** True when the form may be saved; otherwise its problems are in {@code errors}, in the order of the page. */
    boolean check(PostForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        var areas = form.areaList();
        if (areas.size() > 20) {
            problems.add("areas", "tooMany", "Enter 20 areas or fewer");
        } else if (areas.stream().anyMatch(a -> a.length() > 200)) {
            problems.add("areas", "tooLong", "Each area must be 200 characters or fewer");
        }
        return problems.reportTo(errors);
    }
}
