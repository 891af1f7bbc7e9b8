package uk.headsup.safeguarding.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.AutosaveReply;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.RatingScale;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;

/**
 * A school's return: its DSL or headteacher completes it (saved as typed), adds actions, submits it for sign-off;
 * the safeguarding officer reads it (every view recorded) and returns it with feedback or accepts it. Anyone else,
 * another school's staff included, is told it is not found.
 */
@Controller
@RequestMapping("/safeguarding")
class ReturnController {

    private final Rounds rounds;
    private final RoundDesk desk;
    private final Frameworks frameworks;
    private final Responses responses;
    private final SignOffs signOffs;
    private final Directory directory;

    ReturnController(
            Rounds rounds,
            RoundDesk desk,
            Frameworks frameworks,
            Responses responses,
            SignOffs signOffs,
            Directory directory) {
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
        for (AuditReturn r : rounds.returnsOf(viewer.organisations())) {
            mine.add(new MyReturn(r, rounds.round(r.roundId()).orElseThrow(), state(r)));
        }
        model.addAttribute("returns", mine);
        return "safeguarding/my";
    }

    @GetMapping("/returns/{id}")
    String view(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = readable(id, viewer);
        return page(r, viewer, model, new ActionForm(), List.of());
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
        all.forEach((k, v) -> {
            if (k.startsWith("number.") && v != null && v.strip().matches("\\d{1,9}")) {
                numbers.put(k.substring(7), Long.parseLong(v.strip()));
            }
        });
        boolean json = accept.contains(MediaType.APPLICATION_JSON_VALUE);
        Answer.Saved saved;
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
            if (json) {
                return ResponseEntity.badRequest().body(AutosaveReply.locked(e.getMessage()));
            }
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/safeguarding/returns/" + id + "#standard-" + standard;
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
        return "redirect:/safeguarding/returns/" + id + "#standard-" + standard;
    }

    @PostMapping("/returns/{id}/actions")
    String addAction(
            @PathVariable long id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        String dateProblem = form.getDue().isBlank()
                ? "Enter the date it is due by"
                : form.getDue().problem("The due date");
        if (dateProblem != null) {
            errors.rejectValue("due", "date", dateProblem);
        }
        if (errors.hasErrors()) {
            return page(r, viewer, model, form, List.of());
        }
        responses.addAction(
                started(r, viewer).id(),
                form.getStandard(),
                form.getWhat(),
                form.getOwner(),
                form.getDue().date().orElseThrow(),
                viewer.actor());
        redirect.addFlashAttribute("saved", "Action added to standard " + form.getStandard());
        return "redirect:/safeguarding/returns/" + id + "#actions";
    }

    @PostMapping("/returns/{id}/submit")
    String submit(@PathVariable long id, Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        AuditReturn r = writable(id, viewer);
        List<Response.SubmitProblem> problems =
                responses.submit(started(r, viewer).id(), viewer.actor());
        if (!problems.isEmpty()) {
            return page(r, viewer, model, new ActionForm(), problems);
        }
        signOffs.request(r, rounds.round(r.roundId()).orElseThrow());
        redirect.addFlashAttribute(
                "saved",
                "Return submitted. We have emailed the headteacher and the chair of governors a link to sign it off.");
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
        AuditReturn r = readable(id, viewer);
        if (!viewer.officer() || r.responseId() == null || state(r) != ReturnState.SUBMITTED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> byStandard = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("feedback.") && v != null && !v.isBlank()) {
                byStandard.put(k.substring(9), v);
            }
        });
        if ("return".equals(outcome)) {
            responses.returnForChanges(r.responseId(), overall, byStandard, viewer.actor());
            rounds.signedOff(r.id(), false);
            redirect.addFlashAttribute("saved", "Returned to " + r.organisationName() + " for changes");
        } else {
            responses.accept(r.responseId(), overall, byStandard, viewer.actor());
            redirect.addFlashAttribute("saved", "Accepted");
        }
        return "redirect:/safeguarding/returns/" + id;
    }

    private String page(
            AuditReturn r, Viewer viewer, Model model, ActionForm form, List<Response.SubmitProblem> problems) {
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
        Map<String, Answer> previous = rounds.previous(round)
                .flatMap(p -> rounds.auditReturn(p.id(), r.organisationId()))
                .flatMap(p -> Optional.ofNullable(p.responseId()))
                .map(responses::answers)
                .orElse(Map.of());
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
        List<String> needingAction = new ArrayList<>();
        framework.standards().forEach(s -> {
            Answer a = answers.get(s.number());
            if (a != null
                    && framework
                            .scaleOf(s)
                            .rating(a.rating())
                            .map(RatingScale.Rating::needsAction)
                            .orElse(false)) {
                needingAction.add(s.number());
            }
        });
        List<AudienceMember> people = directory
                .members(
                        Audience.of(
                                OrganisationRole.DSL,
                                OrganisationRole.HEADTEACHER,
                                OrganisationRole.CHAIR_OF_GOVERNORS),
                        java.time.LocalDate.now(UkTime.ZONE))
                .stream()
                .filter(m -> m.organisationId() == r.organisationId())
                .toList();
        model.addAttribute("auditReturn", r);
        model.addAttribute("round", round);
        model.addAttribute("state", state(r));
        model.addAttribute(
                "late", response.map(x -> round.late(x.submittedAt())).orElse(false));
        model.addAttribute("framework", framework);
        model.addAttribute("scales", scales);
        model.addAttribute("answers", answers);
        model.addAttribute("previous", previous);
        model.addAttribute("actions", actions);
        model.addAttribute("feedback", feedback);
        model.addAttribute("overallFeedback", overall);
        model.addAttribute("needingAction", needingAction);
        model.addAttribute("people", people);
        model.addAttribute("signOffs", signOffs.of(r.id()));
        model.addAttribute(
                "editable",
                viewer.completes(r) && response.map(Response::editable).orElse(false));
        model.addAttribute("whyLocked", response.map(Response::whyLocked).orElse(""));
        model.addAttribute("officer", viewer.officer());
        model.addAttribute("reviewable", viewer.officer() && state(r) == ReturnState.SUBMITTED);
        model.addAttribute(
                "log",
                viewer.officer()
                        ? response.map(x -> responses.log(x.id()).stream()
                                        .map(LogLine::of)
                                        .toList())
                                .orElse(List.<LogLine>of())
                        : List.<LogLine>of());
        model.addAttribute("actionForm", form);
        model.addAttribute("problems", problems);
        return "safeguarding/return";
    }

    record LogLine(String when, String who, String standard, String what) {
        static LogLine of(Responses.LogEntry e) {
            return new LogLine(WHEN.format(e.at().atZone(UkTime.ZONE)), e.who(), e.standard(), e.what());
        }
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK);

    private Response started(AuditReturn r, Viewer viewer) {
        if (r.responseId() != null) {
            return responses.find(r.responseId()).orElseThrow();
        }
        Round round = rounds.round(r.roundId()).orElseThrow();
        Response response = responses.start(
                uk.headsup.assessment.Owner.organisation(r.organisationId(), r.organisationName(), r.type()),
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
