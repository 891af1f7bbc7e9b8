package uk.headsup.safeguarding.internal.returns.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.AutosaveReply;
import uk.headsup.assessment.EvidenceInput;
import uk.headsup.assessment.EvidenceLinkForm;
import uk.headsup.assessment.EvidenceLinkFormValidator;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Owner;
import uk.headsup.assessment.RatingScale;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.offers.Offers;
import uk.headsup.safeguarding.internal.returns.FeedbackDrafts;
import uk.headsup.safeguarding.internal.returns.SignOffs;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.ReturnState;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;
import uk.headsup.safeguarding.internal.rounds.Viewer;
import uk.headsup.safeguarding.internal.training.TrainingRecords;
import uk.headsup.safeguarding.internal.visits.Visits;

/**
 * A school's return: its DSL or headteacher completes it (saved as typed), adds actions, submits it for sign-off;
 * the safeguarding officer reads it (every view recorded) and returns it with feedback or accepts it. Anyone else,
 * another school's staff included, is told it is not found.
 */
@Controller
@RequestMapping("/safeguarding")
class ReturnController {

    private static final String THIS_AUDIT = "this audit";

    private final Rounds rounds;
    private final RoundDesk desk;
    private final Frameworks frameworks;
    private final Responses responses;
    private final SignOffs signOffs;
    private final Directory directory;
    private final Offers offers;
    private final TrainingRecords training;
    private final Visits visits;
    private final FeedbackDrafts drafts;
    private final ActionFormValidator actionValidator;
    private final TrainingFormValidator trainingValidator;
    private final EvidenceLinkFormValidator linkValidator;

    ReturnController(
            Rounds rounds,
            RoundDesk desk,
            Frameworks frameworks,
            Responses responses,
            SignOffs signOffs,
            Directory directory,
            Offers offers,
            TrainingRecords training,
            Visits visits,
            FeedbackDrafts drafts,
            ActionFormValidator actionValidator,
            TrainingFormValidator trainingValidator,
            EvidenceLinkFormValidator linkValidator) {
        this.linkValidator = linkValidator;
        this.drafts = drafts;
        this.actionValidator = actionValidator;
        this.trainingValidator = trainingValidator;
        this.offers = offers;
        this.training = training;
        this.visits = visits;
        this.rounds = rounds;
        this.desk = desk;
        this.frameworks = frameworks;
        this.responses = responses;
        this.signOffs = signOffs;
        this.directory = directory;
    }

    record MyReturn(AuditReturn auditReturn, Round round, ReturnState state) {}

    @GetMapping("/my")
    String mine(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        List<MyReturn> mine = new ArrayList<>();
        for (AuditReturn r : rounds.returnsFor(viewer)) {
            mine.add(new MyReturn(r, rounds.round(r.roundId()).orElseThrow(), state(r)));
        }
        model.addAttribute("returns", mine);
        return "safeguarding/my";
    }

    @GetMapping("/returns/{id}")
    String view(
            @PathVariable long id,
            @RequestParam(required = false) String correct,
            Authentication authentication,
            Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = readable(id, viewer);
        if (correct != null && viewer.completes(r)) {
            // "Correct" on a line filled in from events opens the training form with that line in it.
            training.of(r.organisationId(), r.id()).stream()
                    .filter(l -> correct.equals(l.key()))
                    .findFirst()
                    .ifPresent(l -> {
                        model.addAttribute("trainingForm", TrainingForm.correcting(l));
                        model.addAttribute("trainingErrors", true);
                    });
        }
        return overview(r, viewer, model, List.of());
    }

    @GetMapping("/returns/{id}/sections/{section}")
    String section(@PathVariable long id, @PathVariable String section, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = readable(id, viewer);
        return sectionPage(r, viewer, section, model, ActionForm.empty());
    }

    @PostMapping(value = "/returns/{id}/answers")
    Object save(
            @PathVariable long id,
            @RequestParam String standard,
            @RequestParam(defaultValue = "0") int fromRevision,
            @RequestParam(required = false) String rating,
            @RequestParam(defaultValue = "") String narrative,
            @RequestParam Map<String, String> all,
            @RequestHeader(value = "Accept", defaultValue = "") String accept,
            Authentication authentication,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        long responseId = started(r, viewer).id();
        Map<String, Long> numbers = new HashMap<>();
        List<String> notNumbers = new ArrayList<>();
        all.forEach((k, v) -> {
            if (!k.startsWith("number.") || v == null || v.isBlank()) {
                return;
            }
            if (v.strip().matches("\\d{1,9}")) {
                numbers.put(k.substring(7), Long.parseLong(v.strip()));
            } else {
                notNumbers.add(k.substring(7));
            }
        });
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        Answer.Saved saved;
        if (!notNumbers.isEmpty()) {
            return notSaved(
                    json,
                    "Enter the answer to “" + question(r, standard, notNumbers.get(0)) + "” as a whole number, like 12",
                    standardPath(r, standard),
                    redirect);
        }
        try {
            saved = responses.save(
                    responseId, new Answer.Edit(standard, fromRevision, rating, narrative, numbers), viewer.actor());
        } catch (Response.ResponseLocked e) {
            if (json) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(AutosaveReply.locked(e.getMessage()));
            }
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/safeguarding/returns/" + id;
        } catch (IllegalArgumentException e) {
            return notSaved(json, e.getMessage(), standardPath(r, standard), redirect);
        }
        AutosaveReply reply = AutosaveReply.of(saved);
        if (json) {
            return ResponseEntity.status(reply.conflict() ? HttpStatus.CONFLICT : HttpStatus.OK)
                    .body(reply);
        }
        if (reply.conflict()) {
            redirect.addFlashAttribute("conflict", saved);
            redirect.addFlashAttribute("mine", narrative);
            redirect.addFlashAttribute("conflictStandard", standard);
        } else {
            redirect.addFlashAttribute("saved", "Standard " + standard + " saved");
        }
        return "redirect:" + standardPath(r, standard);
    }

    /** An answer refused, with why: to the autosave as JSON, to the page as its problem. Nothing is saved. */
    private static Object notSaved(boolean json, String why, String page, RedirectAttributes redirect) {
        if (json) {
            return ResponseEntity.badRequest().body(AutosaveReply.locked(why));
        }
        redirect.addFlashAttribute("problem", why);
        return "redirect:" + page;
    }

    /** How the standard's numeric question with this key is asked, or the key if it has none such. */
    private String question(AuditReturn r, String standard, String key) {
        return framework(r)
                .standard(standard)
                .flatMap(s ->
                        s.questions().stream().filter(q -> q.key().equals(key)).findFirst())
                .map(Framework.NumericQuestion::label)
                .orElse(key);
    }

    @PostMapping("/returns/{id}/actions")
    String addAction(
            @PathVariable long id,
            @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String section,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        Map<String, String> sectionOf = ReturnSections.sectionOf(framework(r));
        ActionFormValidator.Action action = actionValidator.check(form, sectionOf.keySet(), errors);
        if (action == null) {
            String at = sectionOf.containsValue(section)
                    ? section
                    : sectionOf.getOrDefault(
                            form.standard(), framework(r).sections().get(0).number());
            return sectionPage(r, viewer, at, model, form);
        }
        responses.addAction(
                started(r, viewer).id(),
                action.standard(),
                action.what(),
                action.owner(),
                action.due(),
                viewer.actor());
        redirect.addFlashAttribute("saved", "Action added to standard " + action.standard());
        return "redirect:" + standardPath(r, action.standard());
    }

    @PostMapping("/returns/{id}/training")
    String addTraining(
            @PathVariable long id,
            @ModelAttribute("trainingForm") TrainingForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        Optional<String> locked = locked(r, viewer, redirect);
        if (locked.isPresent()) {
            return locked.get();
        }
        Set<String> correctable = training.fromEvents(r.organisationId()).stream()
                .map(TrainingRecords.Line::key)
                .collect(Collectors.toSet());
        TrainingFormValidator.Training line =
                trainingValidator.check(form, correctable, LocalDate.now(UkTime.UK), errors);
        if (line == null) {
            model.addAttribute("trainingErrors", true);
            return overview(r, viewer, model, List.of());
        }
        training.add(r.id(), line.trainee(), line.course(), line.trainedOn(), viewer.name(), line.corrects());
        redirect.addFlashAttribute(
                "saved",
                (line.corrects() == null ? "Training added for " : "Training corrected for ") + line.trainee());
        return "redirect:/safeguarding/returns/" + id + "#training";
    }

    @PostMapping("/returns/{id}/training/{lineId}/remove")
    String removeTraining(
            @PathVariable long id,
            @PathVariable long lineId,
            Authentication authentication,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        Optional<String> locked = locked(r, viewer, redirect);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (!training.remove(r.id(), lineId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "Training line removed");
        return "redirect:/safeguarding/returns/" + id + "#training";
    }

    @PostMapping("/returns/{id}/actions/{actionId}/done")
    String actionDone(
            @PathVariable long id,
            @PathVariable long actionId,
            Authentication authentication,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        if (r.responseId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Responses.ActionItem action = responses.actions(r.responseId()).stream()
                .filter(a -> a.id() == actionId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            responses.markDone(r.responseId(), actionId, viewer.actor());
            redirect.addFlashAttribute("saved", "Action on standard " + action.standard() + " marked done");
        } catch (Response.ResponseLocked e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + standardPath(r, action.standard());
    }

    @PostMapping("/returns/{id}/evidence/link")
    String addLink(
            @PathVariable long id,
            @ModelAttribute("linkForm") EvidenceLinkForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        EvidenceLinkFormValidator.EvidenceLink link = linkValidator.check(form, framework(r), THIS_AUDIT, errors);
        if (link == null) {
            return overview(r, viewer, model, List.of());
        }
        List<String> standards = link.standards();
        try {
            responses.addLink(started(r, viewer).id(), link.title(), link.url(), standards, viewer.actor());
        } catch (Response.ResponseLocked e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/safeguarding/returns/" + id;
        } catch (Responses.EvidenceRefused e) {
            errors.rejectValue("url", "refused", e.getMessage());
            return overview(r, viewer, model, List.of());
        }
        redirect.addFlashAttribute("saved", "Link added as evidence for " + String.join(", ", standards));
        return "redirect:/safeguarding/returns/" + id + "#evidence";
    }

    @PostMapping("/returns/{id}/evidence/file")
    String addFile(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "fileStandards", defaultValue = "") String standardsText,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        EvidenceInput.FileOffered offered = EvidenceInput.file(file, standardsText, framework(r), THIS_AUDIT);
        Map<String, String> fileErrors = new LinkedHashMap<>(offered.problems());
        if (offered.ok()) {
            try {
                responses.addFile(
                        started(r, viewer).id(), offered.name(), offered.bytes(), offered.standards(), viewer.actor());
            } catch (Response.ResponseLocked e) {
                redirect.addFlashAttribute("problem", e.getMessage());
                return "redirect:/safeguarding/returns/" + id;
            } catch (Responses.EvidenceRefused e) {
                fileErrors.put(EvidenceInput.FILE, e.getMessage());
            }
        }
        if (!fileErrors.isEmpty()) {
            model.addAttribute("fileErrors", fileErrors);
            model.addAttribute("fileStandards", standardsText);
            return overview(r, viewer, model, List.of());
        }
        redirect.addFlashAttribute(
                "saved", offered.name() + " added as evidence for " + String.join(", ", offered.standards()));
        return "redirect:/safeguarding/returns/" + id + "#evidence";
    }

    @GetMapping("/returns/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidenceFile(
            @PathVariable long id, @PathVariable long evidenceId, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = readable(id, viewer);
        Responses.EvidenceFile f = Optional.ofNullable(r.responseId())
                .flatMap(response -> responses.file(response, evidenceId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return EvidenceInput.download(f);
    }

    /** Reads "1.1, 4.2" into the standards of this return's framework; what is wrong with it, if anything. */
    @PostMapping("/returns/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) String governor,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        List<Response.SubmitProblem> problems =
                responses.submit(started(r, viewer).id(), viewer.actor());
        if (!problems.isEmpty()) {
            return overview(r, viewer, model, problems);
        }
        // A return sent back for changes was signed off before: the new submission needs signing off again.
        rounds.signedOff(r.id(), false);
        List<AudienceMember> asked =
                signOffs.request(r, rounds.round(r.roundId()).orElseThrow(), governor);
        redirect.addFlashAttribute("saved", SignOffs.submitted(asked));
        return "redirect:/safeguarding/returns/" + id;
    }

    @PostMapping("/returns/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam String outcome,
            @RequestParam(defaultValue = "") String overall,
            @RequestParam Map<String, String> all,
            Authentication authentication,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = underReview(id, viewer);
        // What she wrote beside the answers on the section pages, unless the review form changed it.
        Map<String, String> byStandard = FeedbackDrafts.merged(drafts.of(r.id()), feedbackSent(all));
        if ("return".equals(outcome)) {
            responses.returnForChanges(r.responseId(), overall, byStandard, viewer.actor());
            rounds.signedOff(r.id(), false);
            redirect.addFlashAttribute("saved", "Returned to " + r.organisationName() + " for changes");
        } else {
            responses.accept(r.responseId(), overall, byStandard, viewer.actor());
            redirect.addFlashAttribute("saved", "Accepted");
        }
        drafts.clear(r.id());
        return "redirect:/safeguarding/returns/" + id;
    }

    /**
     * The officer's feedback on a section's standards, written beside the school's answers while she reviews the
     * return; kept until her review, which gives it to the school.
     */
    @PostMapping("/returns/{id}/sections/{section}/feedback")
    String sectionFeedback(
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam Map<String, String> all,
            Authentication authentication,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = underReview(id, viewer);
        List<Framework.Section> sections = framework(r).sections();
        int at = indexOf(sections, section);
        Map<String, String> written = feedbackSent(all);
        written.keySet()
                .retainAll(sections.get(at).standards().stream()
                        .map(Framework.Standard::number)
                        .toList());
        drafts.write(r.id(), written, viewer.email());
        redirect.addFlashAttribute(
                "saved",
                "Your feedback on section " + section
                        + " is kept. The school sees it when you return the return for changes or accept it.");
        return at < sections.size() - 1
                ? "redirect:/safeguarding/returns/" + id + "/sections/"
                        + sections.get(at + 1).number()
                : "redirect:/safeguarding/returns/" + id + "#review";
    }

    /** A submitted return the officer is reviewing; "not found" for anyone else and in any other state. */
    private AuditReturn underReview(long id, Viewer viewer) {
        AuditReturn r = readable(id, viewer);
        if (!viewer.officer() || r.responseId() == null || state(r) != ReturnState.SUBMITTED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return r;
    }

    /** The feedback a form sent by standard ("feedback.2.3"), blank where the officer emptied the box. */
    private static Map<String, String> feedbackSent(Map<String, String> all) {
        Map<String, String> sent = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("feedback.")) {
                sent.put(k.substring("feedback.".length()), v);
            }
        });
        return sent;
    }

    /** What both the overview and a section page show: the return, its answers, actions and feedback. */
    private record Loaded(
            Round round,
            Optional<Response> response,
            Framework framework,
            Map<String, RatingScale> scales,
            Map<String, Answer> answers,
            Map<String, List<Responses.ActionItem>> actions,
            Map<String, List<Responses.Feedback>> feedback,
            List<Responses.Feedback> overall,
            boolean editable) {}

    private Loaded load(AuditReturn r, Viewer viewer, Model model) {
        Round round = rounds.round(r.roundId()).orElseThrow();
        Optional<Response> response = viewer.completes(r)
                ? Optional.of(started(r, viewer))
                : Optional.ofNullable(r.responseId()).flatMap(responses::find);
        if (viewer.officer()) {
            rounds.viewed(r.id(), viewer.email(), "return");
        }
        Framework framework =
                frameworks.version(round.versionId()).orElseThrow().framework();
        Map<String, RatingScale> scales = new HashMap<>();
        framework.standards().forEach(s -> scales.put(s.number(), framework.scaleOf(s)));
        Map<String, Answer> answers =
                response.map(x -> responses.answers(x.id())).orElse(Map.of());
        Map<String, List<Responses.ActionItem>> actions = new HashMap<>();
        response.ifPresent(x -> responses
                .actions(x.id())
                .forEach(a -> actions.computeIfAbsent(a.standard(), k -> new ArrayList<>())
                        .add(a)));
        Map<String, List<Responses.Feedback>> feedback = new HashMap<>();
        List<Responses.Feedback> overall = new ArrayList<>();
        response.ifPresent(x -> responses.feedback(x.id()).forEach(f -> {
            if (f.standard() == null) {
                overall.add(f);
            } else {
                feedback.computeIfAbsent(f.standard(), k -> new ArrayList<>()).add(f);
            }
        }));
        boolean editable =
                viewer.completes(r) && response.map(Response::editable).orElse(false);
        ReturnState state = state(r);
        model.addAttribute("auditReturn", r);
        model.addAttribute("round", round);
        model.addAttribute("state", state);
        model.addAttribute(
                "late", response.map(x -> round.late(x.submittedAt())).orElse(false));
        model.addAttribute("framework", framework);
        model.addAttribute("scales", scales);
        model.addAttribute("answers", answers);
        model.addAttribute("actions", actions);
        model.addAttribute("feedback", feedback);
        model.addAttribute("overallFeedback", overall);
        model.addAttribute("editable", editable);
        model.addAttribute("whyLocked", response.map(Response::whyLocked).orElse(""));
        model.addAttribute("officer", viewer.officer());
        model.addAttribute("returnPath", "/safeguarding/returns/" + r.id());
        boolean reviewable = viewer.officer() && r.responseId() != null && state == ReturnState.SUBMITTED;
        model.addAttribute("reviewable", reviewable);
        model.addAttribute("feedbackDrafts", reviewable ? drafts.of(r.id()) : Map.of());
        return new Loaded(round, response, framework, scales, answers, actions, feedback, overall, editable);
    }

    /** The return's overview: setting, training, sections with their progress, evidence, submit, sign-off, review. */
    private String overview(AuditReturn r, Viewer viewer, Model model, List<Response.SubmitProblem> problems) {
        Loaded loaded = load(r, viewer, model);
        Framework framework = loaded.framework();
        List<AudienceMember> people = directory
                .members(
                        Audience.of(
                                OrganisationRole.DSL,
                                OrganisationRole.DEPUTY_DSL,
                                OrganisationRole.HEADTEACHER,
                                OrganisationRole.CHAIR_OF_GOVERNORS,
                                OrganisationRole.SAFEGUARDING_GOVERNOR),
                        LocalDate.now(UkTime.UK))
                .stream()
                .filter(m -> m.organisationId() == r.organisationId())
                .sorted(Comparator.comparing(AudienceMember::role).thenComparing(AudienceMember::name))
                .toList();
        List<ReturnSections.Progress> sections =
                ReturnSections.progress(framework, r.type(), loaded.answers(), loaded.actions(), loaded.feedback());
        model.addAttribute("sections", sections);
        model.addAttribute("sectionOf", ReturnSections.sectionOf(framework));
        model.addAttribute(
                "needingAction", ReturnSections.needingAction(framework, loaded.answers(), loaded.actions()));
        model.addAttribute("people", people);
        model.addAttribute("signOffs", signOffs.of(r.id()));
        model.addAttribute("governors", signOffs.governors(r.organisationId()));
        model.addAttribute(
                "log",
                viewer.officer()
                        ? loaded.response()
                                .map(x -> responses.log(x.id()).stream()
                                        .map(LogLine::of)
                                        .toList())
                                .orElse(List.<LogLine>of())
                        : List.<LogLine>of());
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", TrainingForm.empty());
        }
        model.addAttribute("training", training.of(r.organisationId(), r.id()));
        model.addAttribute("trainingAdded", training.added(r.id()));
        model.addAttribute("visit", visits.ofReturn(r.id()).orElse(null));
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", EvidenceLinkForm.empty());
        }
        List<Responses.Evidence> allEvidence =
                loaded.response().map(x -> responses.evidence(x.id())).orElse(List.of());
        model.addAttribute("allEvidence", allEvidence);
        model.addAttribute(
                "courses",
                ReturnSections.courses(
                        offers.bookable(loaded.round().id(), Offers.redOrAmber(framework, loaded.answers()))));
        model.addAttribute("problems", problems);
        return "safeguarding/return";
    }

    /** One section of the return: its standards, answered as typed, with their actions, feedback, courses, evidence. */
    private String sectionPage(AuditReturn r, Viewer viewer, String number, Model model, ActionForm form) {
        Loaded loaded = load(r, viewer, model);
        Framework framework = loaded.framework();
        List<Framework.Section> all = framework.sections();
        int at = indexOf(all, number);
        Framework.Section section = all.get(at);
        Map<String, Answer> previous = rounds.previous(loaded.round())
                .flatMap(p -> rounds.auditReturn(p.id(), r.organisationId()))
                .flatMap(p -> Optional.ofNullable(p.responseId()))
                .map(responses::answers)
                .orElse(Map.of());
        Map<String, List<Responses.Evidence>> evidence = new HashMap<>();
        loaded.response()
                .map(x -> responses.evidence(x.id()))
                .orElse(List.of())
                .forEach(e -> e.standards()
                        .forEach(s -> evidence.computeIfAbsent(s, k -> new ArrayList<>())
                                .add(e)));
        model.addAttribute("section", section);
        model.addAttribute(
                "progress",
                ReturnSections.progress(framework, r.type(), loaded.answers(), loaded.actions(), loaded.feedback())
                        .get(at));
        model.addAttribute("previousSection", at > 0 ? all.get(at - 1) : null);
        model.addAttribute("nextSection", at < all.size() - 1 ? all.get(at + 1) : null);
        model.addAttribute("previous", previous);
        model.addAttribute("evidence", evidence);
        model.addAttribute(
                "needingAction",
                ReturnSections.needingAction(framework, loaded.answers(), loaded.actions()).stream()
                        .filter(n -> section.standards().stream()
                                .anyMatch(s -> s.number().equals(n)))
                        .toList());
        model.addAttribute(
                "offer", offers.bookable(loaded.round().id(), Offers.redOrAmber(framework, loaded.answers())));
        model.addAttribute("actionForm", form);
        return "safeguarding/return-section";
    }

    /** Where the section of this number is among the framework's sections; "not found" when it is not one. */
    private static int indexOf(List<Framework.Section> sections, String number) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).number().equals(number)) {
                return i;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private Framework framework(AuditReturn r) {
        return frameworks
                .version(rounds.round(r.roundId()).orElseThrow().versionId())
                .orElseThrow()
                .framework();
    }

    /** Where a standard is answered: its section's page, at the standard. */
    private String standardPath(AuditReturn r, String standard) {
        String section = ReturnSections.sectionOf(framework(r)).get(standard);
        return section == null
                ? "/safeguarding/returns/" + r.id()
                : "/safeguarding/returns/" + r.id() + "/sections/" + section + "#standard-" + standard;
    }

    record LogLine(String when, String who, String standard, String what) {
        static LogLine of(Responses.LogEntry e) {
            return new LogLine(WHEN.format(e.at().atZone(UkTime.UK)), e.who(), e.standard(), e.what());
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** Where to go, saying why, if the return may no longer change (its training lines included). */
    private Optional<String> locked(AuditReturn r, Viewer viewer, RedirectAttributes redirect) {
        Response response = started(r, viewer);
        if (response.editable()) {
            return Optional.empty();
        }
        redirect.addFlashAttribute("problem", response.whyLocked());
        return Optional.of("redirect:/safeguarding/returns/" + r.id());
    }

    private Response started(AuditReturn r, Viewer viewer) {
        if (r.responseId() != null) {
            return responses.find(r.responseId()).orElseThrow();
        }
        Round round = rounds.round(r.roundId()).orElseThrow();
        Response response = responses.start(
                Owner.organisation(r.organisationId(), r.organisationName(), r.type()),
                round.versionId(),
                viewer.actor());
        rounds.started(r.id(), response.id());
        return response;
    }

    private ReturnState state(AuditReturn r) {
        return ReturnState.of(
                r.responseId() == null
                        ? null
                        : responses.find(r.responseId()).orElseThrow().state(),
                r.signedOff());
    }

    private AuditReturn readable(long id, Viewer viewer) {
        return rounds.auditReturn(id)
                .filter(viewer::mayRead)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AuditReturn writable(long id, Viewer viewer) {
        return rounds.auditReturn(id)
                .filter(viewer::completes)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
