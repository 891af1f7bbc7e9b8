package uk.headsup.recognition.internal.toolkits.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
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
import uk.headsup.assessment.FrameworkFormat;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.MalformedFramework;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.toolkits.Toolkits;

/**
 * The schemes officer's page for a scheme's toolkit: download the version new applications get, and import a file in
 * the engine's framework JSON or CSV format (docs/assessment.md) as the next version. A malformed file is refused with the
 * line and field at fault and nothing of it is saved.
 */
@Controller
@RequestMapping("/recognition/schemes/{key}")
@PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
class ToolkitController {

    static final long LARGEST_FILE = 2 * 1024 * 1024;

    private final RecognitionSchemes schemes;
    private final Toolkits toolkits;

    ToolkitController(RecognitionSchemes schemes, Toolkits toolkits) {
        this.schemes = schemes;
        this.toolkits = toolkits;
    }

    @GetMapping("/toolkit")
    String page(@PathVariable String key, Model model) {
        return page(scheme(key), model, List.of());
    }

    private String page(Scheme scheme, Model model, List<String> problems) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("current", toolkits.current(scheme).orElse(null));
        model.addAttribute("versions", toolkits.versions(scheme));
        model.addAttribute("problems", problems);
        return "recognition/toolkit";
    }

    @GetMapping("/toolkit.{extension:json|csv}")
    ResponseEntity<String> download(@PathVariable String key, @PathVariable String extension) {
        Scheme scheme = scheme(key);
        FrameworkVersion current =
                toolkits.current(scheme).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FrameworkFormat format = FrameworkFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        return format.download(scheme.key() + "-toolkit-version-" + current.number(), toolkits.file(current, format));
    }

    @PostMapping("/toolkit")
    String importFile(
            @PathVariable String key,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Scheme scheme = scheme(key);
        if (file == null || file.isEmpty()) {
            return page(scheme, model, List.of("Select a toolkit file (JSON or CSV)"));
        }
        if (file.getSize() > LARGEST_FILE) {
            return page(scheme, model, List.of("The selected file must be smaller than 2 MB"));
        }
        Toolkits.Imported imported;
        try {
            imported = toolkits.importFile(
                    scheme,
                    FrameworkFormat.ofUpload(file.getOriginalFilename(), file.getContentType()),
                    file.getBytes(),
                    authentication.getName());
        } catch (MalformedFramework e) {
            return page(
                    scheme,
                    model,
                    e.problems().stream()
                            .map(MalformedFramework.Problem::toString)
                            .toList());
        }
        FrameworkVersion v = imported.version();
        redirect.addFlashAttribute(
                "success",
                "Imported " + v.title() + " as version " + v.number()
                        + (imported.inUse()
                                ? ": new applications start on it"
                                : ". The scheme is held at version " + scheme.frameworkVersion()
                                        + ": change the scheme to use the new version"));
        return "redirect:/recognition/schemes/" + scheme.key() + "/toolkit";
    }

    private Scheme scheme(String key) {
        return schemes.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
