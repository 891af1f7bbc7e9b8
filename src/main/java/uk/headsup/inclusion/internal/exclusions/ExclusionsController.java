package uk.headsup.inclusion.internal.exclusions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
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
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.PupilAccess.Viewer;
import uk.headsup.platform.DateInput;

/**
 * Exclusions as schools notify them (the minimum form on the day, the rest later, a term's suspensions from the
 * MIS) and as the school and the inclusion officer track them. Another school's exclusion is not found.
 */
@Controller
@RequestMapping("/inclusion")
class ExclusionsController {

    private final Exclusions exclusions;
    private final SuspensionsImport imports;
    private final PupilAccess access;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Clock clock;

    ExclusionsController(
            Exclusions exclusions,
            SuspensionsImport imports,
            PupilAccess access,
            Directory directory,
            Deadlines deadlines,
            Clock clock) {
        this.exclusions = exclusions;
        this.imports = imports;
        this.access = access;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(ExclusionKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }

    @ModelAttribute("reasons")
    List<Reason> reasons() {
        return List.of(Reason.values());
    }

    @GetMapping
    String home(Authentication authentication, Model model) {
        Viewer viewer = access.require(authentication);
        LocalDate today = today();
        model.addAttribute("viewer", viewer);
        model.addAttribute("today", today);
        model.addAttribute("due", deadlines.items(viewer, today));
        if (viewer.officer()) {
            model.addAttribute("exclusions", exclusions.latest(50));
            return "inclusion/officer-home";
        }
        model.addAttribute("exclusions", exclusions.ofSchools(viewer.schools().keySet()));
        return "inclusion/school-home";
    }

    @GetMapping("/exclusions/new")
    String notifyForm(Authentication authentication, @ModelAttribute("form") NotifyForm form, Model model) {
        Viewer viewer = schoolUser(authentication);
        model.addAttribute("schools", viewer.schools());
        return "inclusion/notify";
    }

    @PostMapping("/exclusions/new")
    String notify(
            Authentication authentication,
            @ModelAttribute("form") NotifyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = schoolUser(authentication);
        long school = form.getSchool() != null && viewer.sees(form.getSchool())
                ? form.getSchool()
                : viewer.schools().keySet().iterator().next();
        dateProblem(errors, "dateOfBirth", form.getDateOfBirth(), "Date of birth");
        dateProblem(errors, "firstDay", form.getFirstDay(), "First day");
        dateProblem(errors, "lastDay", form.getLastDay(), "Last day");
        for (ExclusionRules.FieldProblem p : exclusions.check(school, form.notice(), 0)) {
            if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), "invalid", p.message());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("schools", viewer.schools());
            return "inclusion/notify";
        }
        OrganisationSummary summary = directory.organisation(school).orElseThrow();
        long id = exclusions.notify(summary, form.notice(), viewer.email(), today());
        redirect.addFlashAttribute(
                "success", "Exclusion notified. Complete the rest of the form when you have the details.");
        return "redirect:/inclusion/exclusions/" + id;
    }

    @GetMapping("/exclusions/{id}")
    String exclusion(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = access.require(authentication);
        Exclusions.Notified n = visible(id, viewer);
        access.logRead(n.pupil().id(), viewer.email(), "Viewed exclusion " + id);
        model.addAttribute("n", n);
        model.addAttribute("viewer", viewer);
        model.addAttribute("deadlines", n.exclusion().deadlines(exclusions.schoolDays()));
        model.addAttribute("today", today());
        model.addAttribute("others", exclusions.ofPupil(n.pupil().id()));
        if (!model.containsAttribute("tracking")) {
            model.addAttribute("tracking", new TrackingForm());
        }
        model.addAttribute("outcomes", Exclusion.GovernorsOutcome.values());
        model.addAttribute("reviewOutcomes", Exclusion.ReviewOutcome.values());
        return "inclusion/exclusion";
    }

    @GetMapping("/exclusions/{id}/details")
    String detailsForm(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = access.require(authentication);
        Exclusions.Notified n = visible(id, viewer);
        access.logRead(n.pupil().id(), viewer.email(), "Opened the details of exclusion " + id);
        model.addAttribute("n", n);
        model.addAttribute("form", DetailsForm.of(n));
        model.addAttribute("senStatuses", senStatuses());
        return "inclusion/details";
    }

    @PostMapping("/exclusions/{id}/details")
    String details(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("form") DetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = access.require(authentication);
        Exclusions.Notified n = visible(id, viewer);
        form.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        if (errors.hasErrors()) {
            model.addAttribute("n", n);
            model.addAttribute("senStatuses", senStatuses());
            return "inclusion/details";
        }
        exclusions.completeDetails(n.exclusion(), form.details());
        redirect.addFlashAttribute("success", "The notification is complete");
        return "redirect:/inclusion/exclusions/" + id;
    }

    /**
     * One step in tracking an exclusion, posted from its page: checks what was typed (adding to {@code errors}) and
     * returns the change to make, which is made and saved only when nothing was wrong.
     */
    @FunctionalInterface
    private interface TrackingStep {
        Consumer<Exclusion> check(Exclusion exclusion, BindingResult errors);
    }

    /** Shows the exclusion's page again with the errors, or makes the step's change, saves it and says so. */
    private String track(
            long id,
            Viewer viewer,
            TrackingStep step,
            String done,
            Authentication authentication,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Exclusion exclusion = visible(id, viewer).exclusion();
        Consumer<Exclusion> change = step.check(exclusion, errors);
        if (errors.hasErrors()) {
            return exclusion(id, authentication, model);
        }
        change.accept(exclusion);
        exclusions.save(exclusion);
        redirect.addFlashAttribute("success", done);
        return "redirect:/inclusion/exclusions/" + id;
    }

    @PostMapping("/exclusions/{id}/governors")
    String governors(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TrackingStep step = (e, problems) -> {
            LocalDate held = requiredDate(problems, "heldOn", form.getHeldOn(), "Date governors met");
            Exclusion.GovernorsOutcome outcome = null;
            try {
                outcome = Exclusion.GovernorsOutcome.valueOf(form.getOutcome());
            } catch (IllegalArgumentException | NullPointerException unknown) {
                problems.rejectValue("outcome", "required", "Select what the governors decided");
            }
            if (held != null && held.isBefore(e.firstDay())) {
                problems.rejectValue(
                        "heldOn", "invalid", "Date governors met must be on or after the first day of exclusion");
            }
            if (e.governorsDue() == null) {
                problems.reject("notRequired", "Governors need not consider this exclusion");
            }
            Exclusion.GovernorsOutcome decided = outcome;
            return x -> x.recordGovernors(held, decided);
        };
        return track(
                id,
                access.require(authentication),
                step,
                "Governors' consideration recorded",
                authentication,
                errors,
                model,
                redirect);
    }

    @PostMapping("/exclusions/{id}/review")
    String review(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TrackingStep step = (e, problems) -> {
            if (e.reviewRequestedOn() == null) {
                LocalDate on =
                        requiredDate(problems, "requestedOn", form.getRequestedOn(), "Date the review was requested");
                if (e.governorsOutcome() != Exclusion.GovernorsOutcome.UPHELD || !e.permanent()) {
                    problems.reject(
                            "notYet", "An independent review follows governors upholding a permanent exclusion");
                }
                return x -> x.requestReview(on);
            }
            try {
                Exclusion.ReviewOutcome outcome = Exclusion.ReviewOutcome.valueOf(form.getReviewOutcome());
                return x -> x.recordReviewOutcome(outcome);
            } catch (IllegalArgumentException | NullPointerException unknown) {
                problems.rejectValue("reviewOutcome", "required", "Select what the review panel decided");
                return x -> {};
            }
        };
        return track(
                id,
                access.require(authentication),
                step,
                "Independent review recorded",
                authentication,
                errors,
                model,
                redirect);
    }

    @PostMapping("/exclusions/{id}/sixth-day")
    String sixthDay(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = access.require(authentication);
        TrackingStep step = (e, problems) -> {
            if (e.permanent() && !viewer.officer()) {
                // After a permanent exclusion the authority arranges the education, not the school that excluded.
                throw new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "The authority arranges education from the sixth day of a permanent exclusion");
            }
            if (form.getProvider() == null || form.getProvider().isBlank()) {
                problems.rejectValue("provider", "required", "Enter who provides the education");
            }
            LocalDate from = requiredDate(problems, "from", form.getFrom(), "Date the education starts");
            return x -> x.arrangeSixthDay(form.getProvider(), from);
        };
        return track(
                id, viewer, step, "Education from the sixth day recorded", authentication, errors, model, redirect);
    }

    @PostMapping("/exclusions/{id}/new-school")
    String newSchool(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TrackingStep step = (e, problems) -> {
            LocalDate on = requiredDate(problems, "placedOn", form.getPlacedOn(), "Date of the new school place");
            if (!e.permanent()) {
                problems.reject("notPermanent", "Only a permanently excluded pupil needs a new school place");
            }
            return x -> x.placedAtNewSchool(on);
        };
        return track(
                id,
                officer(authentication),
                step,
                "New school place recorded",
                authentication,
                errors,
                model,
                redirect);
    }

    @GetMapping("/suspensions/import")
    String importForm(Authentication authentication, Model model) {
        Viewer viewer = schoolUser(authentication);
        model.addAttribute("schools", viewer.schools());
        return "inclusion/import";
    }

    @PostMapping("/suspensions/import")
    String importFile(
            Authentication authentication,
            @RequestParam(required = false) Long school,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Viewer viewer = schoolUser(authentication);
        long into = school != null && viewer.sees(school)
                ? school
                : viewer.schools().keySet().iterator().next();
        model.addAttribute("schools", viewer.schools());
        if (file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file");
            return "inclusion/import";
        }
        SuspensionsImport.Result result;
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = imports.importCsv(directory.organisation(into).orElseThrow(), reader, viewer.email(), today());
        }
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileError", "The file has problems: nothing was saved");
            return "inclusion/import";
        }
        redirect.addFlashAttribute("success", result.saved() + " exclusions imported");
        return "redirect:/inclusion";
    }

    @GetMapping("/authorised")
    String authorised(Authentication authentication, Model model) {
        Viewer viewer = head(authentication);
        Map<String, List<String>> bySchool = new LinkedHashMap<>();
        Map<Long, String> schools = new LinkedHashMap<>();
        for (Long org : viewer.heads()) {
            schools.put(org, viewer.schools().get(org));
            bySchool.put(viewer.schools().get(org), access.authorised(org));
        }
        model.addAttribute("schools", schools);
        model.addAttribute("bySchool", bySchool);
        return "inclusion/authorised";
    }

    @PostMapping("/authorised")
    String authorise(
            Authentication authentication,
            @RequestParam long school,
            @RequestParam String email,
            @RequestParam(defaultValue = "add") String action,
            RedirectAttributes redirect) {
        Viewer viewer = head(authentication);
        if (!viewer.heads().contains(school)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!email.contains("@")) {
            redirect.addFlashAttribute("error", "Enter an email address, like name@school.example");
            return "redirect:/inclusion/authorised";
        }
        if (action.equals("remove")) {
            access.withdraw(school, email);
            redirect.addFlashAttribute("success", email + " may no longer see your school's exclusions");
        } else {
            access.authorise(school, email, viewer.email());
            redirect.addFlashAttribute("success", email + " may now notify and see your school's exclusions");
        }
        return "redirect:/inclusion/authorised";
    }

    private Exclusions.Notified visible(long id, Viewer viewer) {
        return exclusions
                .find(id)
                .filter(n -> viewer.sees(n.exclusion().organisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Viewer schoolUser(Authentication authentication) {
        Viewer viewer = access.require(authentication);
        if (viewer.schools().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    private Viewer head(Authentication authentication) {
        Viewer viewer = access.viewer(authentication);
        if (viewer.heads().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    private Viewer officer(Authentication authentication) {
        Viewer viewer = access.viewer(authentication);
        if (!viewer.officer()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    private static Map<String, String> senStatuses() {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(SenStatus.values()).forEach(s -> options.put(s.name(), s.label()));
        return options;
    }

    private static void dateProblem(BindingResult errors, String field, DateInput input, String name) {
        String problem = input.problem(name);
        if (problem != null) {
            errors.rejectValue(field, "invalid", problem);
        }
    }

    private static LocalDate requiredDate(BindingResult errors, String field, DateInput input, String name) {
        if (input.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + name.toLowerCase(Locale.ROOT));
            return null;
        }
        dateProblem(errors, field, input, name);
        return input.date().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Exclusions.UK));
    }
}
