package uk.headsup.inclusion.internal.pupils.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.outcomes.Destination;
import uk.headsup.inclusion.internal.pupils.PupilRecord;

/** Everything held on one pupil, its subject access export and its erasure: the inclusion officer's alone. */
@Controller
@RequestMapping("/inclusion/pupils/{id}")
class PupilsController {

    private final PupilRecord records;
    private final PupilAccess access;

    PupilsController(PupilRecord records, PupilAccess access) {
        this.records = records;
        this.access = access;
    }

    @GetMapping
    String pupil(@PathVariable long id, Authentication authentication, Model model) {
        var viewer = access.requireOfficer(authentication);
        PupilRecord.Held held = held(id);
        access.logRead(id, viewer.email(), "Viewed everything held");
        model.addAttribute("held", held);
        model.addAttribute("destinations", Destination.values());
        return "inclusion/pupil";
    }

    @GetMapping("/export.json")
    ResponseEntity<String> json(@PathVariable long id, Authentication authentication) {
        var viewer = access.requireOfficer(authentication);
        PupilRecord.Held held = held(id);
        access.logRead(id, viewer.email(), "Subject access export (JSON)");
        return download(
                records.json(records.held(id).orElseThrow()), MediaType.APPLICATION_JSON, "pupil-" + id + ".json");
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> csv(@PathVariable long id, Authentication authentication) {
        var viewer = access.requireOfficer(authentication);
        held(id);
        access.logRead(id, viewer.email(), "Subject access export (CSV)");
        return download(
                records.csv(records.held(id).orElseThrow()), new MediaType("text", "csv"), "pupil-" + id + ".csv");
    }

    @PostMapping("/erase")
    String erase(
            @PathVariable long id,
            Authentication authentication,
            @RequestParam(defaultValue = "") String confirm,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        PupilRecord.Held held = held(id);
        if (!confirm.equals("yes")) {
            redirect.addFlashAttribute("eraseError", "Confirm that this record is to be erased");
            return "redirect:/inclusion/pupils/" + id + "#erase";
        }
        records.erase(id);
        redirect.addFlashAttribute(
                "success", "Everything held on " + held.pupil().name() + " is erased");
        return "redirect:/inclusion";
    }

    private PupilRecord.Held held(long id) {
        return records.held(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<String> download(String body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
