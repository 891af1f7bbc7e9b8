package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.FrameworkFormat;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.MalformedFramework;
import uk.headsup.assessment.RatingScale;
import uk.headsup.platform.FormProblems;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;

/**
 * The audit's framework versions for the safeguarding officer: each version, frozen once a return uses it; next
 * year's as a copy; what changed from one version to the next; a version as a JSON or CSV file to share or edit, and
 * a file imported as a new version (a malformed file is refused with the line and field at fault, and nothing of it saved).
 * The file's format is documented in docs/assessment.md.
 */
@Controller
@RequestMapping("/safeguarding/frameworks")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class FrameworkController {

    static final long LARGEST_FILE = 2 * 1024 * 1024;

    private final Frameworks frameworks;
    private final Validator constraints;

    FrameworkController(Frameworks frameworks, Validator constraints) {
        this.frameworks = frameworks;
        this.constraints = constraints;
    }

    /** A version with the one before it, if any, to compare with. */
    record Listed(FrameworkVersion version, FrameworkVersion before, int standards) {}

    @GetMapping
    String list(Model model) {
        return page(model, List.of());
    }

    private String page(Model model, List<String> problems) {
        List<FrameworkVersion> versions = frameworks.versions(RoundDesk.FRAMEWORK);
        model.addAttribute(
                "versions",
                versions.stream()
                        .map(v -> new Listed(
                                v,
                                versions.stream()
                                        .filter(o -> o.number() < v.number())
                                        .findFirst()
                                        .orElse(null),
                                v.framework().standards().size()))
                        .toList());
        model.addAttribute("problems", problems);
        return "safeguarding/frameworks";
    }

    @GetMapping("/{id}.{extension:json|csv}")
    ResponseEntity<String> export(@PathVariable long id, @PathVariable String extension) {
        FrameworkVersion v = version(id);
        FrameworkFormat format = FrameworkFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        return format.download("safeguarding-framework-version-" + v.number(), frameworks.export(id, format));
    }

    @GetMapping("/{id}/changes")
    String changes(@PathVariable long id, @RequestParam long from, Model model) {
        FrameworkVersion to = version(id);
        FrameworkVersion before = version(from);
        model.addAttribute("to", to);
        model.addAttribute("before", before);
        model.addAttribute("changes", frameworks.changes(before.id(), to.id()));
        return "safeguarding/framework-changes";
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        FrameworkVersion copy = frameworks.copy(version(id).id(), authentication.getName());
        redirect.addFlashAttribute(
                "saved",
                "Version " + copy.number()
                        + " made as a copy: edit it here or download it, edit the file and import it as the next"
                        + " version, or open a round on it");
        return "redirect:/safeguarding/frameworks";
    }

    @PostMapping("/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, List.of("Select a framework file (JSON or CSV)"));
        }
        if (file.getSize() > LARGEST_FILE) {
            return page(model, List.of("The selected file must be smaller than 2 MB"));
        }
        FrameworkVersion added;
        try {
            added = frameworks.importFile(
                    RoundDesk.FRAMEWORK,
                    FrameworkFormat.ofUpload(file.getOriginalFilename(), file.getContentType()),
                    file.getBytes(),
                    authentication.getName());
        } catch (MalformedFramework e) {
            return page(
                    model,
                    e.problems().stream()
                            .map(MalformedFramework.Problem::toString)
                            .toList());
        }
        redirect.addFlashAttribute("saved", "Imported as version " + added.number() + ": " + added.title());
        return "redirect:/safeguarding/frameworks";
    }

    /** A draft version's standards, to change, add or remove in the browser; an version in use says it cannot. */
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return editPage(version(id), model);
    }

    /** A new section at the end of the framework, to add standards to. */
    @PostMapping("/{id}/sections")
    String addSection(
            @PathVariable long id,
            @ModelAttribute("sectionForm") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        FormProblems problems = FormProblems.of(constraints, form);
        Framework edited = problems.isEmpty()
                ? edited(
                        problems,
                        SECTION_FIELDS,
                        "sectionNumber",
                        () -> v.framework().withSectionAdded(form.sectionNumber(), form.sectionTitle()))
                : null;
        if (!problems.reportTo(errors)) {
            return editPage(v, model);
        }
        return revised(v, edited, "Section " + form.sectionNumber() + " added", redirect);
    }

    @GetMapping("/{id}/sections/{number}")
    String section(@PathVariable long id, @PathVariable String number, Model model) {
        FrameworkVersion v = version(id);
        model.addAttribute(
                "sectionForm", new SectionForm(number, sectionOf(v, number).title()));
        return sectionPage(v, number, model);
    }

    private String sectionPage(FrameworkVersion v, String number, Model model) {
        model.addAttribute("version", v);
        model.addAttribute("section", sectionOf(v, number));
        return "safeguarding/framework-section";
    }

    /** A section renamed; its number and standards stay as they are. */
    @PostMapping("/{id}/sections/{number}")
    String renameSection(
            @PathVariable long id,
            @PathVariable String number,
            @ModelAttribute("sectionForm") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        sectionOf(v, number);
        FormProblems problems = FormProblems.of(constraints, new SectionForm(number, form.sectionTitle()));
        Framework edited = problems.isEmpty()
                ? edited(
                        problems,
                        SECTION_FIELDS,
                        "sectionTitle",
                        () -> v.framework().withSectionTitled(number, form.sectionTitle()))
                : null;
        if (!problems.reportTo(errors)) {
            return sectionPage(v, number, model);
        }
        return revised(v, edited, "Section " + number + " renamed " + form.sectionTitle(), redirect);
    }

    private static Framework.Section sectionOf(FrameworkVersion v, String number) {
        return v.framework().sections().stream()
                .filter(sec -> sec.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String editPage(FrameworkVersion v, Model model) {
        if (!model.containsAttribute("form")) {
            List<Framework.Section> sections = v.framework().sections();
            model.addAttribute(
                    "form",
                    StandardForm.adding(
                            sections.isEmpty() ? "" : sections.get(0).number()));
        }
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", new SectionForm("", ""));
        }
        model.addAttribute("version", v);
        model.addAttribute("scales", scalesOf(v.framework()));
        return "safeguarding/framework-edit";
    }

    @GetMapping("/{id}/standards/{number}")
    String standard(@PathVariable long id, @PathVariable String number, Model model) {
        FrameworkVersion v = version(id);
        Framework.Standard s = standardOf(v, number);
        model.addAttribute("form", StandardForm.of(s));
        return standardPage(v, s, model);
    }

    private String standardPage(FrameworkVersion v, Framework.Standard s, Model model) {
        model.addAttribute("version", v);
        model.addAttribute("standard", s);
        model.addAttribute("scale", v.framework().scaleOf(s));
        model.addAttribute("kinds", Framework.OrganisationType.values());
        return "safeguarding/framework-standard";
    }

    /**
     * Saves the standard as typed (perhaps renumbered); bad input is shown on the page with what the officer typed,
     * and nothing is saved.
     */
    @PostMapping("/{id}/standards/{number}")
    String change(
            @PathVariable long id,
            @PathVariable String number,
            @ModelAttribute("form") StandardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        Framework.Standard s = standardOf(v, number);
        FormProblems problems = FormProblems.of(constraints, form);
        Framework.Standard changed = standard(form, s.scale(), problems);
        Framework edited = problems.isEmpty()
                ? edited(
                        problems, STANDARD_FIELDS, "number", () -> v.framework().withStandard(number, changed))
                : null;
        if (!problems.reportTo(errors)) {
            return standardPage(v, s, model);
        }
        return revised(v, edited, "Standard " + changed.number() + " changed", redirect);
    }

    @PostMapping("/{id}/standards/{number}/remove")
    String remove(@PathVariable long id, @PathVariable String number, RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        Framework edited;
        try {
            edited = v.framework().withoutStandard(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return revised(v, edited, "Standard " + number + " removed", redirect);
    }

    @PostMapping("/{id}/standards")
    String add(
            @PathVariable long id,
            @ModelAttribute("form") StandardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        FormProblems problems = FormProblems.of(constraints, form);
        Framework.Standard added = standard(form, form.scale(), problems);
        Framework edited = problems.isEmpty()
                ? edited(
                        problems,
                        STANDARD_FIELDS,
                        "section",
                        () -> v.framework().withStandardAdded(form.section(), added))
                : null;
        if (!problems.reportTo(errors)) {
            return editPage(v, model);
        }
        return revised(v, edited, "Standard " + added.number() + " added", redirect);
    }

    /** The standard the form describes; a link or question that cannot be read is a problem of its field. */
    private static Framework.Standard standard(StandardForm form, String scale, FormProblems problems) {
        Map<String, String> descriptors = new LinkedHashMap<>();
        form.descriptors().forEach((rating, text) -> {
            if (!text.isBlank()) {
                descriptors.put(rating, text);
            }
        });
        return new Framework.Standard(
                form.number(),
                form.statement(),
                form.guidance().isEmpty() ? null : form.guidance(),
                each(form.links(), Framework.Link::of, "links", problems),
                descriptors,
                form.statutory(),
                Set.copyOf(form.appliesTo()),
                scale,
                each(form.questions(), Framework.NumericQuestion::of, "questions", problems));
    }

    /** Each line of a text box read as one item; the first line that cannot be read is the field's problem. */
    private static <T> List<T> each(String text, Function<String, T> read, String field, FormProblems problems) {
        List<T> items = new ArrayList<>();
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            try {
                items.add(read.apply(line));
            } catch (IllegalArgumentException e) {
                if (!problems.has(field)) {
                    problems.add(field, "format", e.getMessage());
                }
            }
        }
        return items;
    }

    /** Where the framework's refusals of a standard ("Number: there is already a standard 1.1") belong on the form. */
    private static final Map<String, String> STANDARD_FIELDS =
            Map.of("Number", "number", "Statement", "statement", "Rating scale", "scale", "Descriptors", "descriptors");

    private static final Map<String, String> SECTION_FIELDS =
            Map.of("Number", "sectionNumber", "Title", "sectionTitle");

    /**
     * The framework after the edit, or null with the framework's refusal added to the field it names (by the words
     * before its colon, looked up in {@code fields}); a refusal naming no field goes on {@code otherwise}.
     */
    private static Framework edited(
            FormProblems problems, Map<String, String> fields, String otherwise, Supplier<Framework> edit) {
        try {
            return edit.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String field = colon < 0 ? null : fields.get(message.substring(0, colon));
            String text = field == null ? message : message.substring(colon + 2);
            problems.add(
                    field == null ? otherwise : field,
                    "refused",
                    Character.toUpperCase(text.charAt(0)) + text.substring(1));
            return null;
        }
    }

    /** Saves the edited content of a draft version, or says why not (it is in use) and saves nothing. */
    private String revised(FrameworkVersion v, Framework edited, String done, RedirectAttributes redirect) {
        try {
            frameworks.revise(v.id(), edited);
            redirect.addFlashAttribute("saved", done);
        } catch (Frameworks.FrameworkFrozen e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ". Nothing was changed.");
        }
        return "redirect:/safeguarding/frameworks/" + v.id() + "/edit";
    }

    private static Framework.Standard standardOf(FrameworkVersion v, String number) {
        return v.framework().standard(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<RatingScale> scalesOf(Framework framework) {
        List<RatingScale> all = new ArrayList<>(framework.scales());
        RatingScale.BUILT_IN.stream()
                .filter(b -> all.stream().noneMatch(s -> s.key().equals(b.key())))
                .forEach(all::add);
        return all;
    }

    private FrameworkVersion version(long id) {
        return frameworks
                .version(id)
                .filter(v -> v.key().equals(RoundDesk.FRAMEWORK))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
