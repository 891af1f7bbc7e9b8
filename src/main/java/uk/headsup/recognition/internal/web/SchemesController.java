package uk.headsup.recognition.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.headsup.recognition.internal.awards.Eligibility;

/**
 * The schemes officer sets up and edits the schemes: who may apply, the Ofsted grade rule, the toolkit and its
 * version, the award levels, how long an award lasts and whether an annual update is due. Applications already made
 * keep the toolkit version they started on.
 */
@Controller
@RequestMapping("/recognition/schemes")
@PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
class SchemesController {

    /** The first parts of the module's other addresses, which a scheme's key would clash with. */
    private static final Set<String> TAKEN =
            Set.of("schemes", "applications", "awards", "ceremonies", "county", "register", "specialists", "assessor");

    private static final String NEWEST = "";
    private static final char AT = '@';

    private final RecognitionSchemes schemes;
    private final Frameworks frameworks;

    SchemesController(RecognitionSchemes schemes, Frameworks frameworks) {
        this.schemes = schemes;
        this.frameworks = frameworks;
    }

    /** The scheme as the officer enters it; the award levels one on each line. */
    record SchemeForm(
            @NotBlank(message = "Enter a short key for the scheme's web addresses, such as kitemark")
            @Pattern(
                    regexp = "[a-z][a-z0-9-]{1,39}|",
                    message = "The key must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter")
            String key,

            @NotBlank(message = "Enter the name of the scheme")
            @Size(max = 120, message = "The name must be 120 characters or fewer")
            String name,

            @NotEmpty(message = "Choose who may apply") Set<String> applicants,

            @NotBlank(message = "Enter a summary of the scheme")
            @Size(max = 1000, message = "The summary must be 1,000 characters or fewer")
            String summary,

            @NotBlank(message = "Choose the toolkit") String toolkit,

            String minimumGrade,

            @Size(max = 1000, message = "The award levels must be 1,000 characters or fewer in all")
            String awardLevels,

            @NotBlank(message = "Enter how many years an award lasts")
            @Pattern(regexp = "\\d{1,2}|", message = "Enter how many years an award lasts as a whole number, such as 3")
            String awardYears,

            Boolean annualUpdate,

            @NotBlank(message = "Enter the fewest schools a group needs to submit")
            @Pattern(
                    regexp = "\\d{1,2}|",
                    message = "Enter the fewest schools a group needs as a whole number, such as 3")
            String groupSmallest,

            @NotBlank(message = "Enter the most schools a group may have without your agreement")
            @Pattern(
                    regexp = "\\d{1,2}|",
                    message =
                            "Enter the most schools a group may have without your agreement as a whole number, such as 6")
            String groupLargest) {

        /** What a box left unticked or a field left out posts: nothing, read as empty. */
        SchemeForm {
            applicants = applicants == null ? Set.of() : Set.copyOf(applicants);
            annualUpdate = Boolean.TRUE.equals(annualUpdate);
        }

        static SchemeForm blank() {
            return new SchemeForm(
                    "",
                    "",
                    Set.of(),
                    "",
                    "",
                    "",
                    "",
                    String.valueOf(Scheme.DEFAULT_AWARD_YEARS),
                    false,
                    String.valueOf(Scheme.GroupSize.USUAL.smallest()),
                    String.valueOf(Scheme.GroupSize.USUAL.largest()));
        }

        static SchemeForm of(Scheme s) {
            return new SchemeForm(
                    s.key(),
                    s.name(),
                    s.applicants().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                    s.summary(),
                    s.frameworkKey() + (s.frameworkVersion() == null ? NEWEST : AT + "" + s.frameworkVersion()),
                    s.minimumGrade() == null ? "" : s.minimumGrade().name(),
                    String.join("\n", s.awardLevels()),
                    String.valueOf(s.awardYears()),
                    s.annualUpdate(),
                    String.valueOf(s.groupSize().smallest()),
                    String.valueOf(s.groupSize().largest()));
        }

        SchemeForm withKey(String fixed) {
            return new SchemeForm(
                    fixed,
                    name,
                    applicants,
                    summary,
                    toolkit,
                    minimumGrade,
                    awardLevels,
                    awardYears,
                    annualUpdate,
                    groupSmallest,
                    groupLargest);
        }
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
            @Valid @ModelAttribute("form") SchemeForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("key") && schemes.find(form.key()).isPresent()) {
            errors.rejectValue("key", "taken", "There is already a scheme with the key " + form.key());
        } else if (!errors.hasFieldErrors("key") && TAKEN.contains(form.key())) {
            errors.rejectValue("key", "taken", "The key " + form.key() + " is a page of Heads Up: choose another");
        }
        return save(form, errors, authentication, model, redirect, true);
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        return form(model, SchemeForm.of(existing(key)), false);
    }

    @PostMapping("/{key}")
    String update(
            @PathVariable String key,
            @Valid @ModelAttribute("form") SchemeForm posted,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        existing(key);
        SchemeForm form = posted.withKey(key);
        model.addAttribute("form", form);
        return save(form, errors, authentication, model, redirect, false);
    }

    private String save(
            SchemeForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            boolean creating) {
        List<String> levels = Scheme.levelsFrom(form.awardLevels());
        if (!errors.hasFieldErrors("awardLevels")) {
            Scheme.levelProblems(levels).forEach(p -> errors.rejectValue("awardLevels", "levels", p));
        }
        int years = 0;
        if (!errors.hasFieldErrors("awardYears")) {
            years = Integer.parseInt(form.awardYears());
            if (years < 1 || years > 10) {
                errors.rejectValue("awardYears", "range", "An award lasts from 1 to 10 years");
            }
        }
        Scheme.GroupSize groupSize = null;
        if (!errors.hasFieldErrors("groupSmallest") && !errors.hasFieldErrors("groupLargest")) {
            int smallest = Integer.parseInt(form.groupSmallest());
            int largest = Integer.parseInt(form.groupLargest());
            Scheme.GroupSize.smallestProblem(smallest).ifPresent(p -> errors.rejectValue("groupSmallest", "range", p));
            Scheme.GroupSize.largestProblem(smallest, largest)
                    .ifPresent(p -> errors.rejectValue("groupLargest", "range", p));
            if (!errors.hasFieldErrors("groupSmallest") && !errors.hasFieldErrors("groupLargest")) {
                groupSize = new Scheme.GroupSize(smallest, largest);
            }
        }
        Set<Scheme.Applicants> applicants = EnumSet.noneOf(Scheme.Applicants.class);
        EnumSet.allOf(Scheme.Applicants.class).stream()
                .filter(a -> form.applicants().contains(a.name()))
                .forEach(applicants::add);
        if (applicants.size() != form.applicants().size()) {
            errors.rejectValue("applicants", "applicants", "Choose who may apply from the list");
        }
        OfstedGrade grade = null;
        if (form.minimumGrade() != null && !form.minimumGrade().isBlank()) {
            grade = EnumSet.allOf(OfstedGrade.class).stream()
                    .filter(g -> g != OfstedGrade.INADEQUATE && g.name().equals(form.minimumGrade()))
                    .findFirst()
                    .orElse(null);
            if (grade == null) {
                errors.rejectValue("minimumGrade", "grade", "Choose an Ofsted grade rule from the list");
            } else if (!applicants.contains(Scheme.Applicants.EARLY_YEARS)) {
                errors.rejectValue(
                        "minimumGrade",
                        "grade",
                        "The Ofsted grade rule is for early years settings and childminders: tick them under who may"
                                + " apply, or choose no grade rule");
            }
        }
        String frameworkKey = null;
        Integer version = null;
        if (!errors.hasFieldErrors("toolkit")) {
            int at = form.toolkit().indexOf(AT);
            frameworkKey = at < 0 ? form.toolkit() : form.toolkit().substring(0, at);
            List<FrameworkVersion> versions = frameworks.versions(frameworkKey);
            if (at >= 0) {
                String number = form.toolkit().substring(at + 1);
                version = versions.stream()
                        .map(FrameworkVersion::number)
                        .filter(n -> String.valueOf(n).equals(number))
                        .findFirst()
                        .orElse(null);
            }
            if (versions.isEmpty() || (at >= 0 && version == null)) {
                errors.rejectValue("toolkit", "toolkit", "Choose a toolkit from the list");
            }
        }
        if (errors.hasErrors()) {
            return form(model, form, creating);
        }
        Scheme scheme = new Scheme(
                form.key(),
                form.name().strip(),
                applicants,
                form.summary().strip(),
                frameworkKey,
                version,
                grade,
                levels,
                years,
                form.annualUpdate(),
                groupSize);
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
                choices.add(new ToolkitChoice(key + AT + v.number(), v.title() + ": version " + v.number() + " only"));
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
