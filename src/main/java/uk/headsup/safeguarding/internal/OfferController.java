package uk.headsup.safeguarding.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;

/**
 * The officer links upcoming courses and events to a round's standards: each school that rates one of them red or
 * amber is offered the linked courses on its return, with a link to book.
 */
@Controller
@RequestMapping("/safeguarding/rounds/{id}/courses")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class OfferController {

    private final Rounds rounds;
    private final Frameworks frameworks;
    private final Offers offers;

    OfferController(Rounds rounds, Frameworks frameworks, Offers offers) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.offers = offers;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        Round round = round(id);
        model.addAttribute("round", round);
        model.addAttribute("framework", framework(round));
        model.addAttribute("links", offers.links(id));
        model.addAttribute("events", offers.linkable());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "safeguarding/courses";
    }

    @PostMapping
    String link(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String standard,
            @RequestParam(required = false) Long event,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        Round round = round(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (framework(round).standard(standard).isEmpty()) {
            errors.put("standard", "Choose the standard");
        }
        if (event == null || offers.linkable().stream().noneMatch(e -> e.eventId() == event)) {
            errors.put("event", "Choose a course or event that can still be booked");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("chosenStandard", standard);
            model.addAttribute("chosenEvent", event);
            return page(id, model);
        }
        offers.link(id, standard, event, user.getName());
        redirect.addFlashAttribute(
                "saved",
                offers.event(event).orElseThrow().title() + " is offered to schools that rate standard " + standard
                        + " red or amber");
        return "redirect:/safeguarding/rounds/" + id + "/courses";
    }

    @PostMapping("/remove")
    String unlink(
            @PathVariable long id,
            @RequestParam String standard,
            @RequestParam long event,
            RedirectAttributes redirect) {
        round(id);
        offers.unlink(id, standard, event);
        redirect.addFlashAttribute("saved", "No longer offered on standard " + standard);
        return "redirect:/safeguarding/rounds/" + id + "/courses";
    }

    private Framework framework(Round round) {
        return frameworks.version(round.versionId()).orElseThrow().framework();
    }

    private Round round(long id) {
        return rounds.round(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
