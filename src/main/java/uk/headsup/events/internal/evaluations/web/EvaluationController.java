package uk.headsup.events.internal.evaluations.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.Terms;
import uk.headsup.events.internal.bookings.Charges;
import uk.headsup.events.internal.bookings.Place;
import uk.headsup.events.internal.bookings.web.PlacesController;
import uk.headsup.events.internal.bookings.web.Viewer;
import uk.headsup.events.internal.evaluations.Evaluations;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.CsvWriter;

/** Course evaluations (the attendee's form; results for events officers) and statements of charges. */
@Controller
@RequestMapping("/events")
class EvaluationController {

    /** Where an attendee's evaluation link leads, followed by their place's token: no sign-in needed. */
    static final String LINKS = "/events/evaluations/";

    private final Evaluations evaluations;
    private final Charges charges;
    private final Events events;
    private final Clock clock;
    private final StaffLookup staff;

    EvaluationController(Evaluations evaluations, Charges charges, Events events, Clock clock, StaffLookup staff) {
        this.staff = staff;
        this.evaluations = evaluations;
        this.charges = charges;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/evaluations/{token}")
    String form(@PathVariable String token, Authentication authentication, Model model) {
        Place place = place(token);
        model.addAttribute("place", place);
        model.addAttribute("event", events.find(place.eventId()).orElseThrow());
        model.addAttribute("token", token);
        return "events/evaluation";
    }

    @PostMapping("/evaluations/{token}")
    String submit(
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Place place = place(token);
        Event event = events.find(place.eventId()).orElseThrow();
        List<Integer> ratings = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int q = 0; q < event.evaluationQuestions().size(); q++) {
            String v = params.getOrDefault("q" + q, "");
            if (!v.matches("[1-5]")) {
                missing.add(q);
            } else {
                ratings.add(Integer.parseInt(v));
            }
        }
        if (!missing.isEmpty()) {
            model.addAttribute("place", place);
            model.addAttribute("event", event);
            model.addAttribute("token", token);
            model.addAttribute("missing", missing);
            model.addAttribute("answers", params);
            model.addAttribute("formHasErrors", true);
            return "events/evaluation";
        }
        evaluations.submit(place, ratings, params.getOrDefault("comments", ""));
        redirect.addFlashAttribute("success", "Thank you: your evaluation of " + event.title() + " is sent");
        return "redirect:" + LINKS + token;
    }

    @GetMapping("/evaluations")
    @PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
    String results(Model model) {
        var all = evaluations.all();
        model.addAttribute("courses", evaluations.byCourse(all));
        model.addAttribute("trainers", evaluations.byTrainer(all));
        return "events/evaluations";
    }

    @GetMapping("/evaluations.csv")
    @PreAuthorize("hasAnyRole('EVENTS_OFFICER', 'ADMIN')")
    ResponseEntity<byte[]> resultsCsv() {
        List<List<?>> rows = new ArrayList<>();
        for (Evaluations.Answer a : evaluations.all()) {
            for (int q = 0; q < a.questions().size() && q < a.ratings().size(); q++) {
                rows.add(Arrays.asList(
                        a.course(),
                        UkTime.uk(a.courseDate()).toLocalDate(),
                        a.trainer(),
                        a.questions().get(q),
                        a.ratings().get(q),
                        q == 0 ? a.comments() : null,
                        a.submittedAt()));
            }
        }
        String out = CsvWriter.table(
                List.of("course", "course_date", "trainer", "question", "rating", "comments", "submitted_at"), rows);
        return PlacesController.download(
                out.getBytes(StandardCharsets.UTF_8), "evaluations.csv", "text/csv; charset=UTF-8");
    }

    /** Events officers see every organisation's charges; headteachers and business managers their own. */
    @GetMapping("/charges")
    String charges(@RequestParam(defaultValue = "") String term, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Terms chosen = chosen(term);
        model.addAttribute("viewer", viewer);
        model.addAttribute("term", chosen);
        model.addAttribute("terms", Terms.around(LocalDate.ofInstant(clock.instant(), UkTime.UK)));
        model.addAttribute("statements", statementsFor(viewer, chosen));
        return "events/charges";
    }

    @GetMapping("/charges.csv")
    ResponseEntity<byte[]> chargesCsv(
            @RequestParam(defaultValue = "") String term, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication, model, staff);
        Terms chosen = chosen(term);
        return PlacesController.download(
                Charges.csv(statementsFor(viewer, chosen)).getBytes(StandardCharsets.UTF_8),
                "charges-" + chosen.key() + ".csv",
                "text/csv; charset=UTF-8");
    }

    private List<Charges.Statement> statementsFor(Viewer viewer, Terms term) {
        if (!viewer.seesCharges()) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Statements of charges are for headteachers, business managers and events officers");
        }
        List<Charges.Statement> all = charges.forTerm(term);
        if (viewer.eventsOfficer()) {
            return all;
        }
        var theirs = viewer.financeOrganisations();
        return all.stream().filter(s -> theirs.contains(s.organisationId())).toList();
    }

    private Terms chosen(String term) {
        Terms t = Terms.parse(term);
        return t != null ? t : Terms.of(clock.instant());
    }

    /** The place whose emailed token this is: the token alone authorises its one evaluation, signed in or not. */
    private Place place(String token) {
        return evaluations.placeFor(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
