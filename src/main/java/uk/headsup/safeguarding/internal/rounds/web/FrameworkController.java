package uk.headsup.safeguarding.internal.rounds.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
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
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("safeguarding-framework-version-" + v.number() + "." + format.extension())
                                .build()
                                .toString())
                .body(frameworks.export(id, format));
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
        FrameworkVersion v = version(id);
        model.addAttribute("version", v);
        model.addAttribute("scales", scalesOf(v.framework()));
        return "safeguarding/framework-edit";
    }

    @GetMapping("/{id}/standards/{number}")
    String standard(@PathVariable long id, @PathVariable String number, Model model) {
        FrameworkVersion v = version(id);
        Framework.Standard s =
                v.framework().standard(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("version", v);
        model.addAttribute("standard", s);
        model.addAttribute("scale", v.framework().scaleOf(s));
        return "safeguarding/framework-standard";
    }

    @PostMapping("/{id}/standards/{number}")
    String change(
            @PathVariable long id,
            @PathVariable String number,
            @RequestParam(defaultValue = "") String statement,
            @RequestParam(defaultValue = "") String guidance,
            @RequestParam Map<String, String> all,
            Model model,
            RedirectAttributes redirect) {
        FrameworkVersion v = version(id);
        Framework.Standard s =
                v.framework().standard(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> descriptors = new LinkedHashMap<>();
        all.forEach((k, text) -> {
            if (k.startsWith("descriptor.") && !text.isBlank()) {
                descriptors.put(k.substring("descriptor.".length()), text.strip());
            }
        });
        Framework.Standard changed = new Framework.Standard(
                s.number(),
                statement.strip(),
                guidance.isBlank() ? null : guidance.strip(),
                s.links(),
                descriptors,
                s.statutory(),
                s.appliesTo(),
                s.scale(),
                s.questions());
        return revised(v, f -> f.withStandard(changed), "Standard " + number + " changed", redirect);
    }

    @PostMapping("/{id}/standards/{number}/remove")
    String remove(@PathVariable long id, @PathVariable String number, RedirectAttributes redirect) {
        return revised(version(id), f -> f.withoutStandard(number), "Standard " + number + " removed", redirect);
    }

    @PostMapping("/{id}/standards")
    String add(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String statement,
            @RequestParam(defaultValue = "") String scale,
            RedirectAttributes redirect) {
        Framework.Standard added = new Framework.Standard(
                number.strip(), statement.strip(), null, List.of(), Map.of(), false, Set.of(), scale, List.of());
        return revised(
                version(id),
                f -> f.withStandardAdded(section, added),
                "Standard " + number.strip() + " added",
                redirect);
    }

    /** Saves the edited content of a draft version, or says why not and saves nothing. */
    private String revised(
            FrameworkVersion v, UnaryOperator<Framework> edit, String done, RedirectAttributes redirect) {
        try {
            frameworks.revise(v.id(), edit.apply(v.framework()));
            redirect.addFlashAttribute("saved", done);
        } catch (IllegalArgumentException | Frameworks.FrameworkFrozen e) {
            redirect.addFlashAttribute("problem", e.getMessage() + ". Nothing was changed.");
        }
        return "redirect:/safeguarding/frameworks/" + v.id() + "/edit";
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
