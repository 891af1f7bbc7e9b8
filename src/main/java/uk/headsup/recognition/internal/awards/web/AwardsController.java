package uk.headsup.recognition.internal.awards.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.assessment.Actor;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventCards;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;
import uk.headsup.recognition.internal.Viewer;
import uk.headsup.recognition.internal.applications.Applications.Refused;
import uk.headsup.recognition.internal.awards.AnnualUpdates;
import uk.headsup.recognition.internal.awards.Award;
import uk.headsup.recognition.internal.awards.AwardCertificates;
import uk.headsup.recognition.internal.awards.Awards;
import uk.headsup.recognition.internal.awards.Ceremonies;
import uk.headsup.recognition.internal.awards.CountyPicture;
import uk.headsup.recognition.internal.awards.Renewals;

/**
 * Awards after the panel: each award's page (certificate, consent to be listed, renewal, review and withdrawal), the
 * officer's list of awards, the awards ceremony and the county picture. An award is shown to the staff of its
 * organisation and to the schemes officer; anyone else gets "not found".
 */
@Controller
@RequestMapping("/recognition")
class AwardsController {

    /** Who acts for an organisation on its award: consent to be listed, renewal. */
    private static final Set<OrganisationRole> LEADS = Set.of(
            OrganisationRole.HEADTEACHER,
            OrganisationRole.SETTING_MANAGER,
            OrganisationRole.CHILDMINDER,
            OrganisationRole.EARLY_YEARS_LEAD);

    private final Awards awards;
    private final AnnualUpdates annualUpdates;
    private final Renewals renewals;
    private final AwardCertificates certificates;
    private final Ceremonies ceremonies;
    private final CountyPicture county;
    private final RecognitionSchemes schemes;
    private final Directory directory;
    private final EventCards events;

    AwardsController(
            Awards awards,
            AnnualUpdates annualUpdates,
            Renewals renewals,
            AwardCertificates certificates,
            Ceremonies ceremonies,
            CountyPicture county,
            RecognitionSchemes schemes,
            Directory directory,
            EventCards events) {
        this.awards = awards;
        this.annualUpdates = annualUpdates;
        this.renewals = renewals;
        this.certificates = certificates;
        this.ceremonies = ceremonies;
        this.county = county;
        this.schemes = schemes;
        this.directory = directory;
        this.events = events;
    }

    @GetMapping("/awards")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String awards(@RequestParam(defaultValue = "") String show, Model model) {
        LocalDate today = today();
        List<Award> all = awards.all();
        List<Award> shown = switch (show) {
            case "review" ->
                all.stream()
                        .filter(a -> a.status(today) == Award.Status.UNDER_REVIEW)
                        .toList();
            case "expiring" ->
                all.stream()
                        .filter(a -> a.inForce(today) && a.expiresOn().isBefore(today.plusMonths(6)))
                        .toList();
            default -> all;
        };
        model.addAttribute("awards", shown);
        model.addAttribute("show", show);
        model.addAttribute("today", today);
        model.addAttribute("schemeNames", schemeNames());
        return "recognition/awards";
    }

    @GetMapping("/awards/{id}")
    String award(Authentication authentication, @PathVariable long id, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        Award award = visible(viewer, id);
        LocalDate today = today();
        model.addAttribute("award", award);
        model.addAttribute("scheme", scheme(award));
        model.addAttribute("status", award.status(today));
        model.addAttribute("today", today);
        model.addAttribute("history", awards.history(id));
        model.addAttribute("viewer", viewer);
        model.addAttribute("leads", leads(viewer, award));
        model.addAttribute(
                "ceremonies",
                ceremonies.eventsInvitedTo(id).stream()
                        .map(events::card)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute(
                "problems", model.getAttribute("problems") == null ? List.of() : model.getAttribute("problems"));
        return "recognition/award";
    }

    @GetMapping("/awards/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(Authentication authentication, @PathVariable long id) {
        Award award = visible(Viewer.of(authentication, directory), id);
        if (award.status(today()) == Award.Status.WITHDRAWN) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-" + award.id() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(certificates.pdf(award, scheme(award)));
    }

    @PostMapping("/awards/{id}/listing")
    String listing(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean listed,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        Award award = held(viewer, id);
        try {
            awards.setListed(id, listed, viewer.actor());
        } catch (Refused refused) {
            redirect.addFlashAttribute("problems", refused.reasons());
        }
        return "redirect:/recognition/awards/" + id;
    }

    /** The holder's annual update, for a scheme that asks for one: a few lines on what has changed since the award. */
    @PostMapping("/awards/{id}/annual-update")
    String annualUpdate(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String update,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        Award award = held(viewer, id);
        if (!scheme(award).annualUpdate()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            annualUpdates.send(id, today(), update, viewer.actor());
            redirect.addFlashAttribute("success", "Your annual update is sent to the schemes officer");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problems", refused.reasons());
        }
        return "redirect:/recognition/awards/" + id;
    }

    @PostMapping("/awards/{id}/renew")
    String renew(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication, directory);
        Award award = held(viewer, id);
        try {
            long application = renewals.renew(id, viewer.actor());
            return "redirect:/recognition/applications/" + application + "/self-evaluation";
        } catch (Refused refused) {
            redirect.addFlashAttribute("problems", refused.reasons());
            return "redirect:/recognition/awards/" + id;
        }
    }

    @PostMapping("/awards/{id}/review")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String closeReview(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return asOfficer(authentication, id, redirect, by -> awards.clearReview(id, reason, by));
    }

    @PostMapping("/awards/{id}/withdraw")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String withdraw(
            Authentication authentication,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return asOfficer(authentication, id, redirect, by -> awards.withdraw(id, today(), reason, by));
    }

    /** The award, for the leader of the school or setting that holds it; no such page for anyone else. */
    private Award held(Viewer viewer, long id) {
        Award award = visible(viewer, id);
        if (!leads(viewer, award)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return award;
    }

    /** An officer's step on an award: back to the award, with what refused it if it was. */
    private String asOfficer(
            Authentication authentication, long id, RedirectAttributes redirect, Consumer<Actor> step) {
        Viewer viewer = Viewer.of(authentication, directory);
        visible(viewer, id);
        try {
            step.accept(viewer.actor());
        } catch (Refused refused) {
            redirect.addFlashAttribute("problems", refused.reasons());
        }
        return "redirect:/recognition/awards/" + id;
    }

    @GetMapping("/ceremonies")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String ceremonies(Model model) {
        LocalDate today = today();
        model.addAttribute("ceremonies", ceremonies.all());
        model.addAttribute("problems", List.of());
        model.addAttribute(
                "form",
                Map.of(
                        "from", today.minusMonths(12).toString(),
                        "to", today.toString(),
                        "title", "Inclusion awards ceremony",
                        "date", today.plusWeeks(6).toString(),
                        "starts", "18:00",
                        "ends", "20:00",
                        "venue", "",
                        "address", "",
                        "accessibility", ""));
        return "recognition/ceremonies";
    }

    @PostMapping("/ceremonies")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String createCeremony(Authentication authentication, @RequestParam Map<String, String> form, Model model) {
        Viewer viewer = Viewer.of(authentication, directory);
        List<String> problems = new ArrayList<>();
        LocalDate from = date(form.get("from"), "the first day of the period", problems);
        LocalDate to = date(form.get("to"), "the last day of the period", problems);
        LocalDate day = date(form.get("date"), "the date of the ceremony", problems);
        LocalTime starts = time(form.get("starts"), "the time it starts", problems);
        LocalTime ends = time(form.get("ends"), "the time it ends", problems);
        String title = form.getOrDefault("title", "").strip();
        String venue = form.getOrDefault("venue", "").strip();
        if (title.isEmpty()) {
            problems.add("Enter the ceremony's title");
        }
        if (venue.isEmpty()) {
            problems.add("Enter the venue");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("The period must end on or after its first day");
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add("The ceremony must end after it starts");
        }
        if (day != null && day.isBefore(today().plusDays(2))) {
            problems.add("The ceremony must be at least two days from today, so that people can book");
        }
        if (problems.isEmpty()) {
            try {
                long id = ceremonies.create(
                        new Ceremonies.Plan(
                                from,
                                to,
                                title,
                                LocalDateTime.of(day, starts),
                                LocalDateTime.of(day, ends),
                                venue,
                                form.getOrDefault("address", "").strip(),
                                form.getOrDefault("accessibility", "").strip()),
                        today(),
                        viewer.actor());
                return "redirect:/recognition/ceremonies/" + id;
            } catch (Refused refused) {
                problems.addAll(refused.reasons());
            }
        }
        model.addAttribute("ceremonies", ceremonies.all());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        return "recognition/ceremonies";
    }

    @GetMapping("/ceremonies/{id}")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String ceremony(@PathVariable long id, Model model) {
        Ceremonies.Ceremony ceremony =
                ceremonies.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ceremony", ceremony);
        model.addAttribute("event", events.card(ceremony.eventId()).orElse(null));
        model.addAttribute("invited", ceremonies.invited(id));
        model.addAttribute("schemeNames", schemeNames());
        return "recognition/ceremony";
    }

    @GetMapping("/county")
    @PreAuthorize("hasAnyRole('SCHEMES_OFFICER', 'ADMIN')")
    String county(Model model) {
        model.addAttribute("picture", county.on(today()));
        model.addAttribute("schemeNames", schemeNames());
        return "recognition/county";
    }

    /** The award if this viewer may see it (the officer, or staff of its organisation); "not found" otherwise. */
    private Award visible(Viewer viewer, long id) {
        Award award = awards.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (viewer.officer() || viewer.organisations().contains(award.organisationId())) {
            return award;
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static boolean leads(Viewer viewer, Award award) {
        return viewer.posts().stream()
                .anyMatch(p -> p.organisationId() == award.organisationId() && LEADS.contains(p.role()));
    }

    private Scheme scheme(Award award) {
        return schemes.find(award.schemeKey()).orElseThrow();
    }

    private Map<String, String> schemeNames() {
        return schemes.all().stream().collect(Collectors.toMap(Scheme::key, Scheme::name, (a, b) -> a));
    }

    private static LocalDate date(String text, String what, List<String> problems) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add("Enter " + what + " as a date, for example 2027-03-18");
            return null;
        }
    }

    private static LocalTime time(String text, String what, List<String> problems) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add("Enter " + what + " as a time, for example 18:00");
            return null;
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
