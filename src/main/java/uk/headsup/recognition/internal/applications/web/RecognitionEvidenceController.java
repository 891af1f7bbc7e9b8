package uk.headsup.recognition.internal.applications.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import uk.headsup.assessment.EvidenceInput;
import uk.headsup.assessment.EvidenceLinkForm;
import uk.headsup.assessment.EvidenceLinkFormValidator;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Directory;
import uk.headsup.recognition.internal.Viewer;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Reason;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Seen;

/**
 * Evidence on a self-evaluation, as on the safeguarding return (the engine's {@link EvidenceInput} and the
 * {@code assessment/evidence} fragments): a link or a file, once, tagged to many standards. The applying schools' staff
 * add it while the self-evaluation is open; everyone who reads the self-evaluation may open a file.
 */
@Controller
@RequestMapping("/recognition/applications/{id}/evidence")
class RecognitionEvidenceController {

    private static final String THIS_TOOLKIT = "this toolkit";

    private final ApplicationAccess access;
    private final Directory directory;
    private final Frameworks frameworks;
    private final Responses responses;
    private final SelfEvaluationPage page;
    private final EvidenceLinkFormValidator linkValidator;

    RecognitionEvidenceController(
            ApplicationAccess access,
            Directory directory,
            Frameworks frameworks,
            Responses responses,
            SelfEvaluationPage page,
            EvidenceLinkFormValidator linkValidator) {
        this.linkValidator = linkValidator;
        this.access = access;
        this.directory = directory;
        this.frameworks = frameworks;
        this.responses = responses;
        this.page = page;
    }

    @PostMapping("/link")
    String addLink(
            @PathVariable long id,
            @ModelAttribute("linkForm") EvidenceLinkForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Seen seen = writer(authentication, id);
        EvidenceLinkFormValidator.EvidenceLink link = linkValidator.check(form, framework(seen), THIS_TOOLKIT, errors);
        if (link == null) {
            return page.render(seen, model, List.of());
        }
        List<String> standards = link.standards();
        try {
            responses.addLink(
                    seen.app().responseId(),
                    link.title(),
                    link.url(),
                    standards,
                    seen.viewer().actor());
        } catch (Response.ResponseLocked locked) {
            return page.render(seen, model, List.of(locked.getMessage()));
        } catch (Responses.EvidenceRefused refused) {
            errors.rejectValue("url", "refused", refused.getMessage());
            return page.render(seen, model, List.of());
        }
        redirect.addFlashAttribute("success", "Link added as evidence for " + String.join(", ", standards));
        return "redirect:/recognition/applications/" + id + "/self-evaluation#evidence";
    }

    @PostMapping("/file")
    String addFile(
            @PathVariable long id,
            @RequestParam(name = EvidenceInput.FILE, required = false) MultipartFile file,
            @RequestParam(name = EvidenceInput.FILE_STANDARDS, defaultValue = "") String standardsText,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Seen seen = writer(authentication, id);
        EvidenceInput.FileOffered offered = EvidenceInput.file(file, standardsText, framework(seen), THIS_TOOLKIT);
        Map<String, String> fileErrors = new LinkedHashMap<>(offered.problems());
        if (offered.ok()) {
            try {
                responses.addFile(
                        seen.app().responseId(),
                        offered.name(),
                        offered.bytes(),
                        offered.standards(),
                        seen.viewer().actor());
            } catch (Response.ResponseLocked locked) {
                return page.render(seen, model, List.of(locked.getMessage()));
            } catch (Responses.EvidenceRefused refused) {
                fileErrors.put(EvidenceInput.FILE, refused.getMessage());
            }
        }
        if (!fileErrors.isEmpty()) {
            model.addAttribute("fileErrors", fileErrors);
            model.addAttribute("fileStandards", standardsText);
            return page.render(seen, model, List.of());
        }
        redirect.addFlashAttribute(
                "success", offered.name() + " added as evidence for " + String.join(", ", offered.standards()));
        return "redirect:/recognition/applications/" + id + "/self-evaluation#evidence";
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId, Authentication authentication) {
        Seen seen = access.reader(Viewer.of(authentication, directory), id);
        Responses.EvidenceFile f = responses
                .file(seen.app().responseId(), evidenceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return EvidenceInput.download(f);
    }

    /** The application for one of its schools' staff who may change its self-evaluation. */
    private Seen writer(Authentication authentication, long id) {
        Seen seen = access.require(Viewer.of(authentication, directory), id, Reason.APPLICANT);
        if (!seen.mayEdit()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return seen;
    }

    private Framework framework(Seen seen) {
        return frameworks.version(seen.app().versionId()).orElseThrow().framework();
    }
}
