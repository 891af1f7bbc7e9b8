package uk.headsup.recognition.internal.applications.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.headsup.directory.Partners;
import uk.headsup.directory.Phase;
import uk.headsup.platform.format.CalendarFile;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.Viewer;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.AssessorDesk;
import uk.headsup.recognition.internal.applications.EvaluationSummary;
import uk.headsup.recognition.internal.applications.SpecialistList;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Reason;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Seen;
import uk.headsup.recognition.internal.awards.Eligibility;

/**
 * The schemes' pages for applicants: applying (a setting, a department of a secondary school, a group of primary
 * schools), the group's invitations, the self-evaluation, asking for a specialist and submitting; and the application
 * page everyone who may see it shares. Who sees what is {@link ApplicationAccess}'s.
 */
@Controller
@RequestMapping("/recognition")
class RecognitionController {

    static final int SUGGESTIONS = 30;
    private static final Set<OrganisationRole> SETTING_LEADS =
            Set.of(OrganisationRole.SETTING_MANAGER, OrganisationRole.CHILDMINDER, OrganisationRole.EARLY_YEARS_LEAD);
    private static final Set<Phase> PRIMARY = EnumSet.of(Phase.PRIMARY, Phase.MIDDLE_DEEMED_PRIMARY);

    private final RecognitionSchemes schemes;
    private final Applications applications;
    private final ApplicationAccess access;
    private final AssessorDesk assessment;
    private final SpecialistList specialists;
    private final Organisations organisations;
    private final Partners partners;
    private final Directory directory;
    private final Frameworks frameworks;
    private final Responses responses;
    private final Eligibility eligibility;
    private final SelfEvaluationPage selfEvaluation;

    RecognitionController(
            RecognitionSchemes schemes,
            Applications applications,
            ApplicationAccess access,
            AssessorDesk assessment,
            SpecialistList specialists,
            Organisations organisations,
            Partners partners,
            Directory directory,
            Frameworks frameworks,
            Responses responses,
            Eligibility eligibility,
            SelfEvaluationPage selfEvaluation) {
        this.eligibility = eligibility;
        this.selfEvaluation = selfEvaluation;
        this.schemes = schemes;
        this.applications = applications;
        this.access = access;
        this.assessment = assessment;
        this.specialists = specialists;
        this.organisations = organisations;
        this.partners = partners;
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
        } else if (viewer.authority()) {
            model.addAttribute("applications", applications.assignedTo(viewer.email()));
        } else {
            model.addAttribute("applications", applications.ofOrganisations(viewer.organisations()));
        }
        model.addAttribute("settings", settingsLedBy(viewer));
        model.addAttribute("primaries", headedBy(viewer, PRIMARY));
        model.addAttribute("secondaries", secondariesHeadedBy(viewer));
        return "recognition/home";
    }

    @GetMapping("/{scheme}/apply")
    String applyForm(Authentication authentication, @PathVariable("scheme") String key, Model model) {
        model.addAttribute("scheme", scheme(key, Scheme.Applicants.EARLY_YEARS));
        model.addAttribute("settings", settingsLedBy(Viewer.of(authentication, directory)));
        model.addAttribute("problems", List.of());
        return "recognition/apply";
    }

    @PostMapping("/{scheme}/apply")
    String apply(
            Authentication authentication,
            @PathVariable("scheme") String key,
            @RequestParam(required = false) Long setting,
            @RequestParam(defaultValue = "false") boolean consent,
            Model model) {
        Scheme scheme = scheme(key, Scheme.Applicants.EARLY_YEARS);
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
            problems.addAll(eligibility.problems(scheme, chosen));
            try {
                if (problems.isEmpty()) {
                    long id = applications.applyAlone(scheme, chosen, consent, viewer.actor());
                    return "redirect:/recognition/applications/" + id;
                }
            } catch (Applications.Refused refused) {
                problems.addAll(refused.reasons());
            }
        }
        model.addAttribute("scheme", scheme);
        model.addAttribute("settings", settings);
        model.addAttribute("problems", problems);
        return "recognition/apply";
    }

    @GetMapping("/{scheme}/department")
    String departmentForm(
            Authentication authentication, @PathVariable("scheme") String key, @RequestParam long school, Model model) {
        model.addAttribute("scheme", scheme(key, Scheme.Applicants.SECONDARY_DEPARTMENT));
        model.addAttribute("school", secondaryHeadedBy(Viewer.of(authentication, directory), school));
        model.addAttribute("department", "");
        model.addAttribute("problems", List.of());
        return "recognition/department";
    }

    @PostMapping("/{scheme}/department")
    String department(
            Authentication authentication,
            @PathVariable("scheme") String key,
            @RequestParam long school,
            @RequestParam(defaultValue = "") String department,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        OrganisationProfile chosen = secondaryHeadedBy(viewer, school);
        Scheme scheme = scheme(key, Scheme.Applicants.SECONDARY_DEPARTMENT);
        try {
            long id = applications.applyForDepartment(scheme, chosen, department, viewer.actor());
            return "redirect:/recognition/applications/" + id;
        } catch (Applications.Refused refused) {
            model.addAttribute("scheme", scheme);
            model.addAttribute("school", chosen);
            model.addAttribute("department", department);
            model.addAttribute("problems", refused.reasons());
            return "recognition/department";
        }
    }

    @GetMapping("/{scheme}/propose")
    String proposeForm(
            Authentication authentication, @PathVariable("scheme") String key, @RequestParam long lead, Model model) {
        Scheme scheme = scheme(key, Scheme.Applicants.PRIMARY_GROUP);
        OrganisationProfile school = leadSchool(Viewer.of(authentication, directory), lead);
        return proposePage(model, scheme, school, List.of(), List.of());
    }

    @PostMapping("/{scheme}/propose")
    String propose(
            Authentication authentication,
            @PathVariable("scheme") String key,
            @RequestParam long lead,
            @RequestParam(name = "partner", required = false) List<Long> partnerIds,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Scheme scheme = scheme(key, Scheme.Applicants.PRIMARY_GROUP);
        OrganisationProfile school = leadSchool(viewer, lead);
        List<Long> chosen = partnerIds == null ? List.of() : partnerIds;
        try {
            long id = applications.proposeGroup(scheme, school, organisations.organisations(chosen), viewer.actor());
            return "redirect:/recognition/applications/" + id;
        } catch (Applications.Refused refused) {
            return proposePage(model, scheme, school, chosen, refused.reasons());
        }
    }

    private String proposePage(
            Model model, Scheme scheme, OrganisationProfile lead, List<Long> chosen, List<String> problems) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("lead", lead);
        model.addAttribute("suggestions", suggestions(lead, chosen, List.of()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("problems", problems);
        return "recognition/propose";
    }

    /** Suggested partners, best first, with any chosen school that is not among them. */
    private List<Suggestion> suggestions(OrganisationProfile lead, List<Long> chosen, List<Long> leaveOut) {
        List<Suggestion> list = new ArrayList<>();
        partners.suggest(lead.id(), PRIMARY, SUGGESTIONS).stream()
                .filter(p -> !leaveOut.contains(p.school().id()))
                .forEach(
                        p -> list.add(new Suggestion(p.school().id(), p.school().name(), p.why())));
        for (OrganisationProfile other : organisations.organisations(chosen)) {
            if (list.stream().noneMatch(s -> s.id() == other.id()) && other.id() != lead.id()) {
                list.add(new Suggestion(other.id(), other.name(), ""));
            }
        }
        return list;
    }

    /** A school offered as a partner, and why. */
    record Suggestion(long id, String name, String why) {}

    @GetMapping("/applications/{id}")
    @SuppressWarnings("unchecked")
    String application(Authentication authentication, @PathVariable long id, Model model) {
        List<String> flashed = model.getAttribute("problems") instanceof List<?> l ? (List<String>) l : List.of();
        return applicationPage(access.see(Viewer.of(authentication, directory), id), model, flashed);
    }

    private String applicationPage(Seen seen, Model model, List<String> problems) {
        Application a = seen.app();
        model.addAttribute("viewer", seen.viewer());
        model.addAttribute("app", a);
        model.addAttribute("scheme", applications.scheme(a));
        model.addAttribute("group", applications.isGroup(a));
        model.addAttribute("members", seen.members());
        model.addAttribute("headOf", seen.viewer().headOf());
        model.addAttribute("closed", closedMembers(seen));
        model.addAttribute("decisions", applications.decisions(a.id()));
        model.addAttribute("awards", applications.awards(a.id()));
        model.addAttribute("specialists", specialists.current());
        model.addAttribute(
                "specialist",
                a.specialistId() == null
                        ? null
                        : specialists.find(a.specialistId()).orElse(null));
        model.addAttribute("visitWhen", visitWhen(a));
        model.addAttribute("reads", !seen.reasons().equals(Set.of(Reason.INVITED)));
        model.addAttribute("leads", seen.leads());
        model.addAttribute("mayEdit", seen.mayEdit());
        model.addAttribute("mine", seen.viewer().organisations());
        model.addAttribute("assessing", seen.is(Reason.ASSESSOR) || seen.is(Reason.OFFICER));
        boolean replace =
                seen.leads() && a.state().editable() && seen.members().stream().anyMatch(m -> !m.applying());
        model.addAttribute("replace", replace);
        if (replace) {
            OrganisationProfile lead =
                    organisations.organisation(a.leadOrganisationId()).orElseThrow();
            model.addAttribute(
                    "replacements",
                    suggestions(
                            lead,
                            List.of(),
                            seen.members().stream()
                                    .filter(Applications.Member::applying)
                                    .map(Applications.Member::organisationId)
                                    .toList()));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("today", today());
        return "recognition/application";
    }

    /** Member schools GIAS now shows as closed: the lead and the officer are told. */
    private List<String> closedMembers(Seen seen) {
        List<Long> ids = seen.members().stream()
                .filter(Applications.Member::applying)
                .map(Applications.Member::organisationId)
                .toList();
        return organisations.organisations(ids).stream()
                .filter(o -> !o.open())
                .map(OrganisationProfile::name)
                .toList();
    }

    static String visitWhen(Application a) {
        if (a.visitStartsAt() == null) {
            return null;
        }
        var at = a.visitStartsAt().atZone(CalendarFile.UK);
        return at.format(java.time.format.DateTimeFormatter.ofPattern(
                                "EEEE d MMMM yyyy 'at' h:mma", java.util.Locale.UK))
                        .replace("AM", "am")
                        .replace("PM", "pm")
                + " for " + a.visitMinutes() + " minutes, at " + a.visitPlace();
    }

    @PostMapping("/applications/{id}/members/{organisation}/{answer:accept|decline|leave}")
    String answer(
            Authentication authentication,
            @PathVariable long id,
            @PathVariable long organisation,
            @PathVariable String answer,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Viewer viewer = Viewer.of(authentication, directory);
        Seen seen = access.see(viewer, id);
        if (!seen.is(Reason.APPLICANT) && !seen.is(Reason.INVITED)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!viewer.headOf().contains(organisation)) {
            String school = seen.members().stream()
                    .filter(m -> m.organisationId() == organisation)
                    .map(Applications.Member::name)
                    .findFirst()
                    .orElse("this school");
            model.addAttribute("school", school);
            model.addAttribute("viewer", viewer);
            model.addAttribute("app", seen.app());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "recognition/not-the-head";
        }
        try {
            if (answer.equals("leave")) {
                applications.leave(id, organisation, viewer.actor());
            } else {
                applications.answer(id, organisation, answer.equals("accept"), viewer.actor());
            }
        } catch (Applications.Refused refused) {
            return applicationPage(access.see(viewer, id), model, refused.reasons());
        }
        // A school that declined or left no longer sees the application.
        return answer.equals("accept") ? "redirect:/recognition/applications/" + id : "redirect:/recognition";
    }

    @PostMapping("/applications/{id}/invite")
    String invite(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(name = "partner", required = false) List<Long> partnerIds,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Seen seen = access.require(viewer, id, Reason.APPLICANT);
        if (!seen.leads()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            applications.invite(
                    id, organisations.organisations(partnerIds == null ? List.of() : partnerIds), viewer.actor());
        } catch (Applications.Refused refused) {
            return applicationPage(access.see(viewer, id), model, refused.reasons());
        }
        return "redirect:/recognition/applications/" + id;
    }

    @GetMapping("/applications/{id}/self-evaluation")
    String selfEvaluation(Authentication authentication, @PathVariable long id, Model model) {
        Seen seen = reader(authentication, id);
        return selfEvaluationPage(seen, model, List.of());
    }

    private String selfEvaluationPage(Seen seen, Model model, List<String> problems) {
        return selfEvaluation.render(seen, model, problems);
    }

    /** The application for someone who reads its self-evaluation: not an invited school's staff before they join. */
    private Seen reader(Authentication authentication, long id) {
        return access.reader(Viewer.of(authentication, directory), id);
    }

    /** The strengths and areas for development, for the page's script to refresh as answers save. */
    @GetMapping("/applications/{id}/summary")
    String summary(Authentication authentication, @PathVariable long id, Model model) {
        Seen seen = reader(authentication, id);
        Application a = seen.app();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        model.addAttribute("summary", EvaluationSummary.of(framework, responses.answers(a.responseId())));
        return "recognition/summary :: summary";
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
        Seen seen = access.require(viewer, id, Reason.APPLICANT);
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (!seen.mayEdit()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Answer.Saved saved;
        try {
            saved = responses.save(
                    seen.app().responseId(),
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
        Seen seen = access.require(viewer, id, Reason.APPLICANT);
        if (!seen.mayEdit()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<String> problems = applications.submit(id, viewer.actor());
        if (problems.isEmpty()) {
            return "redirect:/recognition/applications/" + id;
        }
        return selfEvaluationPage(access.see(viewer, id), model, problems);
    }

    /** The applicant asks for a specialist: optional, and a named one or any. */
    @PostMapping("/applications/{id}/specialist/request")
    String requestSpecialist(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String specialist,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        access.require(viewer, id, Reason.APPLICANT);
        try {
            Long chosen = specialist.isBlank() || specialist.equals("any") ? null : Long.valueOf(specialist);
            specialists.request(id, chosen, note, viewer.actor());
        } catch (NumberFormatException e) {
            return applicationPage(access.see(viewer, id), model, List.of("Choose a specialist from the list, or any"));
        } catch (Applications.Refused refused) {
            return applicationPage(access.see(viewer, id), model, refused.reasons());
        }
        return "redirect:/recognition/applications/" + id;
    }

    /** The visit as a calendar file, for anyone who sees the application. */
    @GetMapping("/applications/{id}/visit.ics")
    ResponseEntity<byte[]> visit(Authentication authentication, @PathVariable long id) {
        Seen seen = access.see(Viewer.of(authentication, directory), id);
        Application a = seen.app();
        if (a.visitStartsAt() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] ics = CalendarFile.write(
                "Heads Up",
                null,
                CalendarFile.Method.PUBLISH,
                java.time.Instant.now(),
                List.of(AssessorDesk.visitEntry(a, null, null, null)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("visit.ics")
                                .build()
                                .toString())
                .body(ics);
    }

    /** The decision letter, once the panel has decided, for anyone who sees the application. */
    @GetMapping("/applications/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(Authentication authentication, @PathVariable long id) {
        Seen seen = access.see(Viewer.of(authentication, directory), id);
        List<Applications.Decision> decisions = applications.decisions(id);
        if (decisions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("decision-letter.pdf")
                                .build()
                                .toString())
                .body(applications.letter(seen.app(), decisions.get(decisions.size() - 1)));
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

    private List<OrganisationProfile> headedBy(Viewer viewer, Set<Phase> phases) {
        return organisations.organisations(viewer.headOf()).stream()
                .filter(o -> o.kind() == OrganisationKind.SCHOOL && phases.contains(o.phase()))
                .toList();
    }

    private List<OrganisationProfile> secondariesHeadedBy(Viewer viewer) {
        return organisations.organisations(viewer.headOf()).stream()
                .filter(o -> o.kind() == OrganisationKind.SCHOOL && Applications.secondary(o))
                .toList();
    }

    private OrganisationProfile secondaryHeadedBy(Viewer viewer, long school) {
        return secondariesHeadedBy(viewer).stream()
                .filter(o -> o.id() == school)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private OrganisationProfile leadSchool(Viewer viewer, long lead) {
        return headedBy(viewer, PRIMARY).stream()
                .filter(o -> o.id() == lead)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The scheme, if it admits this kind of applicant; otherwise there is no such page. */
    private Scheme scheme(String key, Scheme.Applicants kind) {
        return schemes.find(key)
                .filter(s -> s.admits(kind))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
