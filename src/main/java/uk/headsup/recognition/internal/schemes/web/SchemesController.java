package uk.headsup.recognition.internal.schemes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.applications.Eligibility;

/**
 * The schemes officer sets up and edits the schemes: who may apply, the Ofsted grade rule, the toolkit and its
 * version, the award levels, how long an award lasts and whether an annual update is due. Applications already made
 * keep the toolkit version they started on.
 */
@Controller
@RequestMapping("/recognition/schemes")
@PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
class SchemesController {

    private final RecognitionSchemes schemes;
    private final Frameworks frameworks;
    private final SchemeFormValidator validator;

    SchemesController(RecognitionSchemes schemes, Frameworks frameworks, SchemeFormValidator validator) {
        this.schemes = schemes;
        this.frameworks = frameworks;
        this.validator = validator;
    }

    /** One choice of toolkit: a framework at its newest version, or held at one version. */
    record ToolkitChoice(String value, String label) {}

    @GetMapping
    String schemes(Model model) {
        List<Scheme> all = schemes.all();
        Map<String, String> toolkits = new LinkedHashMap<>();
        Map<String, String> gradeRules = new LinkedHashMap<>();
        for (Scheme s : all) {
            toolkits.put(s.key(), toolkitInWords(s));
            gradeRules.put(s.key(), gradeRule(s));
        }
        model.addAttribute("schemes", all);
        model.addAttribute("toolkits", toolkits);
        model.addAttribute("gradeRules", gradeRules);
        return "recognition/schemes";
    }

    @GetMapping("/new")
    String newScheme(Model model) {
        return form(model, SchemeForm.blank(), true);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") SchemeForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return save(form, errors, authentication, model, redirect, true);
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        return form(model, SchemeForm.of(existing(key)), false);
    }

    @PostMapping("/{key}")
    String update(
            @PathVariable String key,
            @ModelAttribute("form") SchemeForm posted,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        existing(key);
        return save(posted.withKey(key), errors, authentication, model, redirect, false);
    }

    private String save(
            SchemeForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            boolean creating) {
        Scheme scheme = validator.check(form, creating, errors);
        if (scheme == null) {
            String page = form(model, form, creating);
            // Showing a changed scheme with the key of its address drops the problems found in the form as sent (a
            // model's form and its BindingResult go together): they are put back beside it.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page;
        }
        schemes.save(scheme, authentication.getName());
        redirect.addFlashAttribute("success", (creating ? "Set up the " : "Saved the ") + scheme.name());
        return "redirect:/recognition/schemes";
    }

    private String form(Model model, SchemeForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("applicantOptions", Scheme.Applicants.values());
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("", "No grade rule");
        grades.put(OfstedGrade.OUTSTANDING.name(), "Outstanding only");
        grades.put(OfstedGrade.GOOD.name(), "Good or Outstanding");
        grades.put(OfstedGrade.REQUIRES_IMPROVEMENT.name(), "Requires improvement or better");
        model.addAttribute("gradeOptions", grades);
        model.addAttribute("toolkitOptions", toolkitChoices());
        model.addAttribute("history", creating ? List.of() : schemes.history(form.key()));
        return "recognition/scheme-form";
    }

    /** Each framework of the engine, at its newest version and at each version it has. */
    private List<ToolkitChoice> toolkitChoices() {
        List<ToolkitChoice> choices = new ArrayList<>();
        for (String key : frameworks.keys()) {
            List<FrameworkVersion> versions = frameworks.versions(key);
            if (versions.isEmpty()) {
                continue;
            }
            FrameworkVersion newest = versions.get(0);
            choices.add(new ToolkitChoice(
                    key, newest.title() + ": always the newest version (now version " + newest.number() + ")"));
            for (FrameworkVersion v : versions) {
                choices.add(new ToolkitChoice(
                        key + SchemeFormValidator.AT + v.number(), v.title() + ": version " + v.number() + " only"));
            }
        }
        return choices;
    }

    /** The toolkit by its title, as new applications get it. */
    private String toolkitInWords(Scheme s) {
        List<FrameworkVersion> versions = frameworks.versions(s.frameworkKey());
        return versions.stream()
                .filter(v -> s.frameworkVersion() == null || v.number() == s.frameworkVersion())
                .findFirst()
                .map(v -> v.title() + ", version " + v.number()
                        + (s.frameworkVersion() == null ? " (the newest)" : " (held at this version)"))
                .orElse("No toolkit yet: new applications are refused until it is imported");
    }

    private Scheme existing(String key) {
        return schemes.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The grade rule in words, for the schemes page. */
    private static String gradeRule(Scheme s) {
        return s.minimumGrade() == null
                ? "None"
                : "Early years applicants need an Ofsted grade of " + Eligibility.gradeRule(s);
    }
}
