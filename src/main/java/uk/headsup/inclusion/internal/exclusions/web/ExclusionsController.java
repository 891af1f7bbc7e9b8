package uk.headsup.inclusion.internal.exclusions.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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
import uk.headsup.inclusion.internal.exclusions.Deadlines;
import uk.headsup.inclusion.internal.exclusions.Exclusion;
import uk.headsup.inclusion.internal.exclusions.ExclusionKind;
import uk.headsup.inclusion.internal.exclusions.ExclusionRules;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.Reason;
import uk.headsup.inclusion.internal.exclusions.SenStatus;
import uk.headsup.inclusion.internal.exclusions.SuspensionsImport;

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
    private final NotifyFormValidator notifyFormValidator;
    private final DetailsFormValidator detailsFormValidator;
    private final TrackingFormValidator trackingFormValidator;

    ExclusionsController(
            Exclusions exclusions,
            SuspensionsImport imports,
            PupilAccess access,
            Directory directory,
            Deadlines deadlines,
            Clock clock,
            NotifyFormValidator notifyFormValidator,
            DetailsFormValidator detailsFormValidator,
            TrackingFormValidator trackingFormValidator) {
        this.notifyFormValidator = notifyFormValidator;
        this.detailsFormValidator = detailsFormValidator;
        this.trackingFormValidator = trackingFormValidator;
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
        long school = form.school() != null && viewer.sees(form.school())
                ? form.school()
                : viewer.schools().keySet().iterator().next();
        ExclusionRules.Notice notice = notifyFormValidator.check(form, school, errors);
        if (notice == null) {
            model.addAttribute("schools", viewer.schools());
            return "inclusion/notify";
        }
        OrganisationSummary summary = directory.organisation(school).orElseThrow();
        long id = exclusions.notify(summary, notice, viewer.email(), today());
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
            model.addAttribute("tracking", TrackingForm.blank());
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
        Exclusions.Details checked = detailsFormValidator.check(form, errors);
        if (checked == null) {
            model.addAttribute("n", n);
            model.addAttribute("senStatuses", senStatuses());
            return "inclusion/details";
        }
        exclusions.completeDetails(n.exclusion(), checked);
        redirect.addFlashAttribute("success", "The notification is complete");
        return "redirect:/inclusion/exclusions/" + id;
    }

    /**
     * Shows the exclusion's page again with the errors, or makes the change that {@code step} returns for it (null
     * when something was wrong), saves it and says so.
     */
    private String track(
            long id,
            Viewer viewer,
            Function<Exclusion, Consumer<Exclusion>> step,
            String done,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Exclusion exclusion = visible(id, viewer).exclusion();
        Consumer<Exclusion> change = step.apply(exclusion);
        if (change == null) {
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
        return track(
                id,
                access.require(authentication),
                e -> trackingFormValidator.governors(form, e, errors),
                "Governors' consideration recorded",
                authentication,
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
        return track(
                id,
                access.require(authentication),
                e -> trackingFormValidator.review(form, e, errors),
                "Independent review recorded",
                authentication,
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
        Function<Exclusion, Consumer<Exclusion>> step = e -> {
            if (e.permanent() && !viewer.officer()) {
                // After a permanent exclusion the authority arranges the education, not the school that excluded.
                throw new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "The authority arranges education from the sixth day of a permanent exclusion");
            }
            return trackingFormValidator.sixthDay(form, errors);
        };
        return track(id, viewer, step, "Education from the sixth day recorded", authentication, model, redirect);
    }

    @PostMapping("/exclusions/{id}/new-school")
    String newSchool(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return track(
                id,
                officer(authentication),
                e -> trackingFormValidator.newSchool(form, e, errors),
                "New school place recorded",
                authentication,
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Exclusions.UK));
    }
}
