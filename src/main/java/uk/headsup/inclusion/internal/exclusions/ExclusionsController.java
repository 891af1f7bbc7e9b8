package uk.headsup.inclusion.internal.exclusions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @PostMapping("/exclusions/{id}/governors")
    String governors(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = access.require(authentication);
        Exclusions.Notified n = visible(id, viewer);
        LocalDate held = requiredDate(errors, "heldOn", form.getHeldOn(), "Date governors met");
        Exclusion.GovernorsOutcome outcome = null;
        try {
            outcome = Exclusion.GovernorsOutcome.valueOf(form.getOutcome());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("outcome", "required", "Select what the governors decided");
        }
        if (held != null && held.isBefore(n.exclusion().firstDay())) {
            errors.rejectValue(
                    "heldOn", "invalid", "Date governors met must be on or after the first day of exclusion");
        }
        if (n.exclusion().governorsDue() == null) {
            errors.reject("notRequired", "Governors need not consider this exclusion");
        }
        if (errors.hasErrors()) {
            return exclusion(id, authentication, model);
        }
        n.exclusion().recordGovernors(held, outcome);
        exclusions.save(n.exclusion());
        redirect.addFlashAttribute("success", "Governors' consideration recorded");
        return "redirect:/inclusion/exclusions/" + id;
    }

    @PostMapping("/exclusions/{id}/review")
    String review(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = access.require(authentication);
        Exclusions.Notified n = visible(id, viewer);
        Exclusion e = n.exclusion();
        if (e.reviewRequestedOn() == null) {
            LocalDate on = requiredDate(errors, "requestedOn", form.getRequestedOn(), "Date the review was requested");
            if (e.governorsOutcome() != Exclusion.GovernorsOutcome.UPHELD || !e.permanent()) {
                errors.reject("notYet", "An independent review follows governors upholding a permanent exclusion");
            }
            if (errors.hasErrors()) {
                return exclusion(id, authentication, model);
            }
            e.requestReview(on);
        } else {
            try {
                e.recordReviewOutcome(Exclusion.ReviewOutcome.valueOf(form.getReviewOutcome()));
            } catch (IllegalArgumentException | NullPointerException ex) {
                errors.rejectValue("reviewOutcome", "required", "Select what the review panel decided");
                return exclusion(id, authentication, model);
            }
        }
        exclusions.save(e);
        redirect.addFlashAttribute("success", "Independent review recorded");
        return "redirect:/inclusion/exclusions/" + id;
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
        Exclusions.Notified n = visible(id, viewer);
        if (n.exclusion().permanent() && !viewer.officer()) {
            // After a permanent exclusion the authority arranges the education, not the school that excluded.
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "The authority arranges education from the sixth day of a permanent exclusion");
        }
        if (form.getProvider() == null || form.getProvider().isBlank()) {
            errors.rejectValue("provider", "required", "Enter who provides the education");
        }
        LocalDate from = requiredDate(errors, "from", form.getFrom(), "Date the education starts");
        if (errors.hasErrors()) {
            return exclusion(id, authentication, model);
        }
        n.exclusion().arrangeSixthDay(form.getProvider(), from);
        exclusions.save(n.exclusion());
        redirect.addFlashAttribute("success", "Education from the sixth day recorded");
        return "redirect:/inclusion/exclusions/" + id;
    }

    @PostMapping("/exclusions/{id}/new-school")
    String newSchool(
            @PathVariable long id,
            Authentication authentication,
            @ModelAttribute("tracking") TrackingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = officer(authentication);
        Exclusions.Notified n = visible(id, viewer);
        LocalDate on = requiredDate(errors, "placedOn", form.getPlacedOn(), "Date of the new school place");
        if (!n.exclusion().permanent()) {
            errors.reject("notPermanent", "Only a permanently excluded pupil needs a new school place");
        }
        if (errors.hasErrors()) {
            return exclusion(id, authentication, model);
        }
        n.exclusion().placedAtNewSchool(on);
        exclusions.save(n.exclusion());
        redirect.addFlashAttribute("success", "New school place recorded");
        return "redirect:/inclusion/exclusions/" + id;
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

    private static void dateProblem(
            BindingResult errors, String field, uk.headsup.platform.DateInput input, String name) {
        String problem = input.problem(name);
        if (problem != null) {
            errors.rejectValue(field, "invalid", problem);
        }
    }

    private static LocalDate requiredDate(
            BindingResult errors, String field, uk.headsup.platform.DateInput input, String name) {
        if (input.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + name.toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        dateProblem(errors, field, input, name);
        return input.date().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Exclusions.UK));
    }
}
