package uk.headsup.inclusion.internal.outcomes.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
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
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.outcomes.Destination;
import uk.headsup.inclusion.internal.outcomes.Outcomes;

/** Outcomes, entered on a pupil's page or imported, for the inclusion officer. */
@Controller
@RequestMapping("/inclusion")
class OutcomesController {

    private final Outcomes outcomes;
    private final Exclusions exclusions;
    private final PupilAccess access;

    OutcomesController(Outcomes outcomes, Exclusions exclusions, PupilAccess access) {
        this.outcomes = outcomes;
        this.exclusions = exclusions;
        this.access = access;
    }

    @GetMapping("/outcomes")
    String page(Authentication authentication, Model model) {
        access.requireOfficer(authentication);
        model.addAttribute("count", outcomes.count());
        return "inclusion/outcomes";
    }

    @PostMapping("/outcomes/import")
    String importFile(
            Authentication authentication,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        access.requireOfficer(authentication);
        model.addAttribute("count", outcomes.count());
        if (file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file");
            return "inclusion/outcomes";
        }
        Outcomes.ImportResult result;
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = outcomes.importCsv(reader);
        }
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileError", "The file has problems: nothing was saved");
            return "inclusion/outcomes";
        }
        redirect.addFlashAttribute("success", result.saved() + " outcomes imported");
        return "redirect:/inclusion/outcomes";
    }

    @PostMapping("/pupils/{id}/outcome")
    String record(
            @PathVariable long id,
            Authentication authentication,
            @RequestParam(defaultValue = "") String ks4Year,
            @RequestParam(defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String destination,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        exclusions.pupil(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ks4Year.trim().matches("20\\d{2}")
                || !grade.matches("NONE|FOUR|FIVE")
                || Destination.of(destination).isEmpty()) {
            redirect.addFlashAttribute(
                    "outcomeError", "Enter the year of the exams, the English and maths result and the destination");
            return "redirect:/inclusion/pupils/" + id + "#outcome";
        }
        outcomes.record(new Outcomes.Outcome(
                id,
                Integer.parseInt(ks4Year.trim()),
                !grade.equals("NONE"),
                grade.equals("FIVE"),
                Destination.of(destination).orElseThrow()));
        redirect.addFlashAttribute("success", "Outcome recorded");
        return "redirect:/inclusion/pupils/" + id;
    }
}
