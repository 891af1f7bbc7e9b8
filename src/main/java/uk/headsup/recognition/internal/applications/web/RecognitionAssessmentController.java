package uk.headsup.recognition.internal.applications.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Directory;
import uk.headsup.recognition.internal.Viewer;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.AssessorDesk;
import uk.headsup.recognition.internal.applications.SpecialistList;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Reason;
import uk.headsup.recognition.internal.applications.web.ApplicationAccess.Seen;

/**
 * The authority's side of an application: the schemes officer keeps the list of specialists, assigns a specialist
 * and an assessor, agrees a large group and records the panel's decision; the assessor reviews each standard, asks
 * for more evidence, books the visit and recommends; the specialist and the assessor comment. A refusal comes back to
 * the page as a flash message (post/redirect/get).
 */
@Controller
@RequestMapping("/recognition")
class RecognitionAssessmentController {

    private static final String PROBLEMS = "problems";

    private final Applications applications;
    private final ApplicationAccess access;
    private final AssessorDesk desk;
    private final SpecialistList specialists;
    private final Directory directory;
    private final Frameworks frameworks;
    private final Responses responses;

    RecognitionAssessmentController(
            Applications applications,
            ApplicationAccess access,
            AssessorDesk desk,
            SpecialistList specialists,
            Directory directory,
            Frameworks frameworks,
            Responses responses) {
        this.applications = applications;
        this.access = access;
        this.desk = desk;
        this.specialists = specialists;
        this.directory = directory;
        this.frameworks = frameworks;
        this.responses = responses;
    }

    @GetMapping("/specialists")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String specialists(Model model) {
        model.addAttribute("specialists", specialists.current());
        if (!model.containsAttribute(PROBLEMS)) {
            model.addAttribute(PROBLEMS, List.of());
        }
        return "recognition/specialists";
    }

    @PostMapping("/specialists")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String addSpecialist(
            Authentication authentication,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String fee,
            RedirectAttributes flash) {
        try {
            specialists.add(
                    name,
                    organisation,
                    email,
                    phone,
                    fee,
                    viewer(authentication).actor());
        } catch (Applications.Refused refused) {
            flash.addFlashAttribute(PROBLEMS, refused.reasons());
            flash.addFlashAttribute(
                    "form",
                    Map.of("name", name, "organisation", organisation, "email", email, "phone", phone, "fee", fee));
        }
        return "redirect:/recognition/specialists";
    }

    @PostMapping("/specialists/{specialist}/retire")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String retireSpecialist(@PathVariable long specialist) {
        specialists.retire(specialist);
        return "redirect:/recognition/specialists";
    }

    @PostMapping("/applications/{id}/agree")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String agree(Authentication authentication, @PathVariable long id, RedirectAttributes flash) {
        return asOfficer(authentication, id, flash, by -> applications.agreeLargeGroup(id, by));
    }

    @PostMapping("/applications/{id}/specialist")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String assignSpecialist(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(required = false) Long specialist,
            RedirectAttributes flash) {
        return asOfficer(authentication, id, flash, by -> {
            if (specialist == null) {
                throw new Applications.Refused(List.of("Choose a specialist from the list"));
            }
            specialists.assign(id, specialist, by);
        });
    }

    @PostMapping("/applications/{id}/assessor")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String assignAssessor(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes flash) {
        return asOfficer(authentication, id, flash, by -> desk.assign(id, name, email, by));
    }

    @GetMapping("/applications/{id}/assessment")
    String assessment(Authentication authentication, @PathVariable long id, Model model) {
        Seen seen = access.require(viewer(authentication), id, Reason.ASSESSOR, Reason.OFFICER);
        Application a = seen.app();
        Framework framework = frameworks.version(a.versionId()).orElseThrow().framework();
        model.addAttribute("app", a);
        model.addAttribute("scheme", applications.scheme(a));
        model.addAttribute("framework", framework);
        model.addAttribute("answers", responses.answers(a.responseId()));
        Map<String, List<String>> evidenceBy = new LinkedHashMap<>();
        for (Responses.Evidence e : responses.evidence(a.responseId())) {
            e.standards()
                    .forEach(s -> evidenceBy
                            .computeIfAbsent(s, k -> new ArrayList<>())
                            .add(e.title()));
        }
        model.addAttribute("evidenceBy", evidenceBy);
        model.addAttribute("reviews", desk.reviews(id));
        model.addAttribute("working", seen.is(Reason.ASSESSOR) && a.state() == Applications.State.SUBMITTED);
        model.addAttribute("visitWhen", RecognitionController.visitWhen(a));
        model.addAttribute("today", RecognitionController.today());
        if (!model.containsAttribute(PROBLEMS)) {
            model.addAttribute(PROBLEMS, List.of());
        }
        return "recognition/assessment";
    }

    @PostMapping("/applications/{id}/assessment/reviews")
    String review(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        Viewer viewer = viewer(authentication);
        Seen seen = access.require(viewer, id, Reason.ASSESSOR);
        Map<String, String> verdicts = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("verdict.") && !value.isBlank()) {
                verdicts.put(key.substring("verdict.".length()), value);
            } else if (key.startsWith("note.")) {
                notes.put(key.substring("note.".length()), value);
            }
        });
        return attempt(flash, assessment(id), () -> {
            desk.review(id, verdicts, notes, assessor(viewer, seen));
            flash.addFlashAttribute("saved", "Your review is saved");
        });
    }

    @PostMapping("/applications/{id}/assessment/more-evidence")
    String moreEvidence(Authentication authentication, @PathVariable long id, RedirectAttributes flash) {
        return asAssessor(authentication, id, flash, by -> desk.askForMoreEvidence(id, by));
    }

    /** An assessor's step: back to the application when done, to the assessment with what stopped it if refused. */
    private String asAssessor(Authentication authentication, long id, RedirectAttributes flash, Consumer<Actor> step) {
        Viewer viewer = viewer(authentication);
        Seen seen = access.require(viewer, id, Reason.ASSESSOR);
        try {
            step.accept(assessor(viewer, seen));
        } catch (Applications.Refused refused) {
            flash.addFlashAttribute(PROBLEMS, refused.reasons());
            return assessment(id);
        }
        return page(id);
    }

    /** An officer's step on an application: back to the application, with what refused it if it was. */
    private String asOfficer(Authentication authentication, long id, RedirectAttributes flash, Consumer<Actor> step) {
        Viewer viewer = viewer(authentication);
        access.require(viewer, id, Reason.OFFICER);
        return attempt(flash, page(id), () -> step.accept(viewer.actor()));
    }

    /** Does the step and goes where it says; what refused it, if anything, is shown there. */
    private static String attempt(RedirectAttributes flash, String redirect, Runnable step) {
        return attempt(flash, redirect, List.of(), step);
    }

    /** The same, once the form has been read: with problems in it already, the step is not tried. */
    private static String attempt(RedirectAttributes flash, String redirect, List<String> problems, Runnable step) {
        List<String> shown = problems;
        if (shown.isEmpty()) {
            try {
                step.run();
                return redirect;
            } catch (Applications.Refused refused) {
                shown = refused.reasons();
            }
        }
        flash.addFlashAttribute(PROBLEMS, shown);
        return redirect;
    }

    @PostMapping("/applications/{id}/assessment/visit")
    String visit(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "0") String minutes,
            @RequestParam(defaultValue = "") String place,
            RedirectAttributes flash) {
        Viewer viewer = viewer(authentication);
        Seen seen = access.require(viewer, id, Reason.ASSESSOR);
        List<String> problems = new ArrayList<>();
        LocalDateTime starts = null;
        try {
            starts = LocalDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()));
        } catch (DateTimeParseException e) {
            problems.add("Enter the date of the visit, like "
                    + RecognitionController.today().plusDays(14) + ", and its time, like 09:30");
        }
        int length = 0;
        try {
            length = Integer.parseInt(minutes.strip());
        } catch (NumberFormatException e) {
            problems.add("Enter how long the visit lasts in minutes, like 180");
        }
        LocalDateTime at = starts;
        int lasting = length;
        return attempt(
                flash, assessment(id), problems, () -> desk.bookVisit(id, at, lasting, place, assessor(viewer, seen)));
    }

    @PostMapping("/applications/{id}/assessment/recommendation")
    String recommend(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String findings,
            RedirectAttributes flash) {
        return asAssessor(authentication, id, flash, by -> desk.recommend(id, outcome(outcome), level, findings, by));
    }

    @PostMapping("/applications/{id}/comments")
    String comment(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String standard,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes flash) {
        Viewer viewer = viewer(authentication);
        Seen seen = access.require(viewer, id, Reason.SPECIALIST, Reason.ASSESSOR);
        String back = "redirect:/recognition/applications/" + id + "/self-evaluation"
                + (standard.isBlank() ? "" : "#standard-" + standard);
        return attempt(flash, back, () -> {
            if (seen.is(Reason.SPECIALIST)) {
                String name = specialists
                        .find(seen.app().specialistId())
                        .map(SpecialistList.Specialist::name)
                        .orElse(viewer.email());
                desk.comment(id, standard, text, AssessorDesk.CommentBy.SPECIALIST, new Actor(viewer.email(), name));
            } else {
                desk.comment(id, standard, text, AssessorDesk.CommentBy.ASSESSOR, assessor(viewer, seen));
            }
        });
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String decide(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String decidedOn,
            @RequestParam(defaultValue = "") String decidedBy,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        Viewer viewer = viewer(authentication);
        access.require(viewer, id, Reason.OFFICER);
        List<String> problems = new ArrayList<>();
        Applications.State state = outcome(outcome);
        if (state == null) {
            problems.add("Choose the panel's decision: awarded, deferred or not awarded");
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(decidedOn.strip());
            if (on.isAfter(RecognitionController.today())) {
                problems.add("The date of the decision must be today or in the past");
            }
        } catch (DateTimeParseException e) {
            problems.add("Enter the date of the decision as a date, for example " + RecognitionController.today());
        }
        if (decidedBy.isBlank()) {
            problems.add("Enter who decided, for example the panel's chair");
        }
        LocalDate decided = on;
        return attempt(
                flash,
                page(id),
                problems,
                () -> applications.decide(id, state, level, decided, decidedBy.strip(), note.strip(), viewer.actor()));
    }

    private static Applications.State outcome(String outcome) {
        return switch (outcome) {
            case "AWARDED" -> Applications.State.AWARDED;
            case "DEFERRED" -> Applications.State.DEFERRED;
            case "NOT_AWARDED" -> Applications.State.NOT_AWARDED;
            default -> null;
        };
    }

    /** The assessor as the engine's log names them: their sign-in email and the name the officer gave. */
    private static Actor assessor(Viewer viewer, Seen seen) {
        return new Actor(viewer.email(), seen.app().assessorName());
    }

    private Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication, directory);
    }

    private static String page(long id) {
        return "redirect:/recognition/applications/" + id;
    }

    private static String assessment(long id) {
        return "redirect:/recognition/applications/" + id + "/assessment";
    }
}
