package uk.headsup.assessment;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link EvidenceLinkForm}: a title, a web address starting http:// or https://, and standards
 * of the framework. Problems are reported in the order of the page.
 */
@Component
public class EvidenceLinkFormValidator {

    /** A link that passed its checks, with the standards it shows, each once, in the order typed. */
    public record EvidenceLink(String title, String url, List<String> standards) {}

    private final Validator constraints;

    EvidenceLinkFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The link, or null with the problems in {@code errors}.
     *
     * @param where the framework in words, for the message, such as "this audit"
     */
    public EvidenceLink check(EvidenceLinkForm form, Framework framework, String where, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        List<String> standards = new ArrayList<>();
        if (!problems.has("standards")) {
            EvidenceInput.standardsProblem(framework, form.standards(), standards, where)
                    .ifPresent(p -> problems.add("standards", "standards", p));
        }
        return problems.reportTo(errors) ? new EvidenceLink(form.title(), form.url(), List.copyOf(standards)) : null;
    }
}
