package uk.headsup.recognition.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.AutosaveReply;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationProfile;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.Applications;
import uk.headsup.recognition.internal.Applications.Application;
import uk.headsup.recognition.internal.awards.Eligibility;

/**
 * The schemes' pages for applicants and the schemes officer. An application is shown only to the staff of its
 * schools and settings and to the schemes officer; anyone else gets "not found".
 */
@Controller
@RequestMapping("/recognition")
class RecognitionController {

    static final String KITEMARK = "kitemark";
    static final String QUALITY_MARK = "quality-mark";
    private static final Set<OrganisationRole> SETTING_LEADS =
            Set.of(OrganisationRole.SETTING_MANAGER, OrganisationRole.CHILDMINDER, OrganisationRole.EARLY_YEARS_LEAD);

    private final RecognitionSchemes schemes;
    private final Applications applications;
    private final Organisations organisations;
    private final Directory directory;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Eligibility eligibility;

    RecognitionController(
            RecognitionSchemes schemes,
            Applications applications,
            Organisations organisations,
            Directory directory,
            Frameworks frameworks,
            Responses responses,
            Eligibility eligibility) {
        this.eligibility = eligibility;
        this.schemes = schemes;
        this.applications = applications;
        this.organisations = organisations;
        this.directory = directory;
        this.frameworks = frameworks;
        this.responses = responses;
    }

    @GetMapping
    String home(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        model.addAttribute("viewer", viewer);
        model.addAttribute("schemes", schemes.all());
        if (viewer.officer()) {
            model.addAttribute("applications", applications.all());
            return "recognition/home";
        }
        model.addAttribute("applications", applications.ofOrganisations(viewer.organisations()));
        model.addAttribute("settings", settingsLedBy(viewer));
        model.addAttribute("primaries", primariesHeadedBy(viewer));
        return "recognition/home";
    }

    @GetMapping("/schemes")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String schemes(Model model) {
        model.addAttribute("schemes", schemes.all());
        return "recognition/schemes";
    }

    @GetMapping("/kitemark/apply")
    String applyForm(Authentication authentication, Model model) {
        model.addAttribute("settings", settingsLedBy(Viewer.of(authentication, directory)));
        model.addAttribute("problems", List.of());
        return "recognition/apply";
    }

    @PostMapping("/kitemark/apply")
    String apply(
            Authentication authentication,
            @RequestParam(required = false) Long setting,
            @RequestParam(defaultValue = "false") boolean consent,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        List<OrganisationProfile> settings = settingsLedBy(viewer);
        OrganisationProfile chosen = settings.stream()
                .filter(s -> setting != null && s.id() == setting)
                .findFirst()
                .orElse(null);
        List<String> problems = new ArrayList<>();
        if (chosen == null) {
            problems.add("Choose the setting that applies");
        } else {
            problems.addAll(eligibility.problems(scheme(KITEMARK), chosen));
            try {
                if (problems.isEmpty()) {
                    long id = applications.applyAlone(scheme(KITEMARK), chosen, consent, viewer.actor());
                    return "redirect:/recognition/applications/" + id;
                }
            } catch (Applications.Refused refused) {
                problems.addAll(refused.reasons());
            }
        }
        model.addAttribute("settings", settings);
        model.addAttribute("problems", problems);
        return "recognition/apply";
    }

    @GetMapping("/quality-mark/propose")
    String proposeForm(Authentication authentication, @RequestParam long lead, Model model) {
        OrganisationProfile school = leadSchool(Viewer.of(authentication, directory), lead);
        return proposePage(model, school, List.of(), List.of());
    }

    @PostMapping("/quality-mark/propose")
    String propose(
            Authentication authentication,
            @RequestParam long lead,
            @RequestParam(name = "partner", required = false) List<Long> partners,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        OrganisationProfile school = leadSchool(viewer, lead);
        List<Long> chosen = partners == null ? List.of() : partners;
        try {
            long id = applications.proposeGroup(
                    scheme(QUALITY_MARK), school, organisations.organisations(chosen), viewer.actor());
            return "redirect:/recognition/applications/" + id;
        } catch (Applications.Refused refused) {
            return proposePage(model, school, chosen, refused.reasons());
        }
    }

    private String proposePage(Model model, OrganisationProfile lead, List<Long> chosen, List<String> problems) {
        List<OrganisationProfile> suggestions = new ArrayList<>(organisations.openSchoolsIn(lead.district()).stream()
                .filter(s -> s.primary() && s.id() != lead.id())
                .toList());
        for (OrganisationProfile other : organisations.organisations(chosen)) {
            if (suggestions.stream().noneMatch(s -> s.id() == other.id()) && other.id() != lead.id()) {
                suggestions.add(other);
            }
        }
        model.addAttribute("lead", lead);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("chosen", chosen);
        model.addAttribute("problems", problems);
        return "recognition/propose";
    }

    @GetMapping("/applications/{id}")
    String application(Authentication authentication, @PathVariable long id, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Application a = visible(viewer, id);
        model.addAttribute("viewer", viewer);
        model.addAttribute("app", a);
        model.addAttribute("scheme", scheme(a.schemeKey()));
        model.addAttribute("group", applications.isGroup(a));
        model.addAttribute("members", applications.members(id));
        model.addAttribute("headOf", viewer.headOf());
        model.addAttribute("decisions", applications.decisions(id));
        model.addAttribute("awards", applications.awards(id));
        model.addAttribute("problems", List.of());
        model.addAttribute("today", today());
        return "recognition/application";
    }

    @PostMapping("/applications/{id}/members/{organisation}/{answer:accept|decline}")
    String answer(
            Authentication authentication,
            @PathVariable long id,
            @PathVariable long organisation,
            @PathVariable String answer,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        visible(viewer, id);
        if (!viewer.headOf().contains(organisation)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            applications.answer(id, organisation, answer.equals("accept"), viewer.actor());
        } catch (Applications.Refused refused) {
            String page = application(authentication, id, model);
            model.addAttribute("problems", refused.reasons());
            return page;
        }
        return "redirect:/recognition/applications/" + id;
    }

    @PostMapping("/applications/{id}/agree")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String agree(Authentication authentication, @PathVariable long id) {
        Viewer viewer = Viewer.of(authentication, directory);
        visible(viewer, id);
        applications.agreeLargeGroup(id, viewer.actor());
        return "redirect:/recognition/applications/" + id;
    }

    @GetMapping("/applications/{id}/self-evaluation")
    String selfEvaluation(Authentication authentication, @PathVariable long id, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Application a = visible(viewer, id);
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        Response response = responses.find(a.responseId()).orElseThrow();
        model.addAttribute("app", a);
        model.addAttribute("framework", framework);
        model.addAttribute("answers", responses.answers(a.responseId()));
        model.addAttribute("editable", mayEdit(viewer, a) && response.editable());
        model.addAttribute("whyLocked", response.whyLocked());
        model.addAttribute("feedback", responses.feedback(a.responseId()));
        model.addAttribute("problems", List.of());
        return "recognition/self-evaluation";
    }

    @PostMapping("/applications/{id}/answers")
    Object save(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam String standard,
            @RequestParam(defaultValue = "0") int fromRevision,
            @RequestParam(required = false) String rating,
            @RequestParam(defaultValue = "") String narrative,
            @RequestHeader(name = "Accept", defaultValue = "") String accept) {
        Viewer viewer = Viewer.of(authentication, directory);
        Application a = visible(viewer, id);
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (!mayEdit(viewer, a)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Answer.Saved saved;
        try {
            saved = responses.save(
                    a.responseId(),
                    new Answer.Edit(
                            standard,
                            fromRevision,
                            rating == null || rating.isBlank() ? null : rating,
                            narrative,
                            Map.of()),
                    viewer.actor());
        } catch (Response.ResponseLocked locked) {
            if (json) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(AutosaveReply.locked(locked.getMessage()));
            }
            return "redirect:/recognition/applications/" + id + "/self-evaluation";
        }
        if (json) {
            AutosaveReply reply = AutosaveReply.of(saved);
            return ResponseEntity.status(reply.conflict() ? HttpStatus.CONFLICT : HttpStatus.OK)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(reply);
        }
        return "redirect:/recognition/applications/" + id + "/self-evaluation#standard-" + standard;
    }

    @PostMapping("/applications/{id}/submit")
    String submit(Authentication authentication, @PathVariable long id, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Application a = visible(viewer, id);
        if (!mayEdit(viewer, a)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<String> problems = applications.submit(id, viewer.actor());
        if (problems.isEmpty()) {
            return "redirect:/recognition/applications/" + id;
        }
        selfEvaluation(authentication, id, model);
        model.addAttribute("problems", problems);
        return "recognition/self-evaluation";
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String decide(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String decidedOn,
            @RequestParam(defaultValue = "") String decidedBy,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        visible(viewer, id);
        List<String> problems = new ArrayList<>();
        Applications.State state = switch (outcome) {
            case "AWARDED" -> Applications.State.AWARDED;
            case "DEFERRED" -> Applications.State.DEFERRED;
            case "NOT_AWARDED" -> Applications.State.NOT_AWARDED;
            default -> null;
        };
        if (state == null) {
            problems.add("Choose the panel's decision: awarded, deferred or not awarded");
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(decidedOn.trim());
            if (on.isAfter(today())) {
                problems.add("The date of the decision must be today or in the past");
            }
        } catch (DateTimeParseException e) {
            problems.add("Enter the date of the decision as a date, for example " + today());
        }
        if (decidedBy.isBlank()) {
            problems.add("Enter who decided, for example the panel's chair");
        }
        if (problems.isEmpty()) {
            try {
                applications.decide(id, state, on, decidedBy.trim(), note.trim(), viewer.actor());
                return "redirect:/recognition/applications/" + id;
            } catch (Applications.Refused refused) {
                problems.addAll(refused.reasons());
            }
        }
        application(authentication, id, model);
        model.addAttribute("problems", problems);
        return "recognition/application";
    }

    /** The application if this viewer may see it; "not found" otherwise, so that others learn nothing of it. */
    private Application visible(Viewer viewer, long id) {
        Application a = applications.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (viewer.officer()) {
            return a;
        }
        Set<Long> mine = viewer.organisations();
        if (applications.members(id).stream().noneMatch(m -> mine.contains(m.organisationId()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return a;
    }

    /** Staff of a school or setting that has joined work on the self-evaluation; the officer reads it. */
    private boolean mayEdit(Viewer viewer, Application a) {
        Set<Long> mine = viewer.organisations();
        return a.state().editable()
                && applications.members(a.id()).stream().anyMatch(m -> m.joined() && mine.contains(m.organisationId()));
    }

    private List<OrganisationProfile> settingsLedBy(Viewer viewer) {
        List<Long> ids = viewer.posts().stream()
                .filter(p -> SETTING_LEADS.contains(p.role()))
                .map(p -> p.organisationId())
                .toList();
        return organisations.organisations(ids).stream()
                .filter(o ->
                        o.kind() == OrganisationKind.EARLY_YEARS_SETTING || o.kind() == OrganisationKind.CHILDMINDER)
                .toList();
    }

    private List<OrganisationProfile> primariesHeadedBy(Viewer viewer) {
        return organisations.organisations(viewer.headOf()).stream()
                .filter(o -> o.kind() == OrganisationKind.SCHOOL && o.primary())
                .toList();
    }

    private OrganisationProfile leadSchool(Viewer viewer, long lead) {
        return primariesHeadedBy(viewer).stream()
                .filter(o -> o.id() == lead)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Scheme scheme(String key) {
        return schemes.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
