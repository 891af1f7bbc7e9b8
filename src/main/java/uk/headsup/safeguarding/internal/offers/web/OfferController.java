package uk.headsup.safeguarding.internal.offers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Mailshots;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.analysis.Analysis;
import uk.headsup.safeguarding.internal.offers.Offers;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

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
    private final Mailshots mailshots;
    private final Site site;
    private final Clock clock;

    private final Analysis analysis;

    OfferController(
            Rounds rounds,
            Frameworks frameworks,
            Offers offers,
            Analysis analysis,
            Mailshots mailshots,
            Site site,
            Clock clock) {
        this.rounds = rounds;
        this.analysis = analysis;
        this.frameworks = frameworks;
        this.offers = offers;
        this.mailshots = mailshots;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        Round round = round(id);
        model.addAttribute("round", round);
        model.addAttribute("framework", framework(round));
        List<Offers.Link> links = offers.links(id);
        Framework framework = framework(round);
        Map<String, Integer> rated = new LinkedHashMap<>();
        links.forEach(l -> rated.computeIfAbsent(
                l.standard(), s -> offers.ratedRedOrAmber(round, framework, s).size()));
        model.addAttribute("links", links);
        model.addAttribute("results", offers.results(round));
        // Attended or not, county-wide: the round after this one against this one, or this one against last year's.
        model.addAttribute(
                "compared", analysis.of(rounds.next(round).orElse(round), new ReturnFilter(null, null, null, null)));
        model.addAttribute("ratedRedOrAmber", rated);
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

    /**
     * Invites, as one mailing notice, the DSLs of exactly the schools whose return rates the standard red or amber
     * now to book the course linked to it; a second click the same day sends nothing more.
     */
    @PostMapping("/invite")
    String invite(
            @PathVariable long id,
            @RequestParam String standard,
            @RequestParam long event,
            Authentication user,
            RedirectAttributes redirect) {
        Round round = round(id);
        Offers.Link link = offers.links(id).stream()
                .filter(l -> l.standard().equals(standard) && l.event().eventId() == event)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Framework framework = framework(round);
        Set<Long> schools = offers.ratedRedOrAmber(round, framework, standard);
        if (schools.isEmpty() || !link.event().open()) {
            redirect.addFlashAttribute(
                    "saved",
                    schools.isEmpty()
                            ? "No school rates standard " + standard + " red or amber: nobody was invited"
                            : "Booking for " + link.event().title() + " has closed: nobody was invited");
            return "redirect:/safeguarding/rounds/" + id + "/courses";
        }
        String statement = framework.standard(standard).orElseThrow().statement();
        MailshotStarted started = mailshots.startNotice(
                "safeguarding-offer:" + id + ":" + standard + ":" + event + ":"
                        + LocalDate.now(clock.withZone(UkTime.UK)),
                "Course offer on standard " + standard + ": " + link.event().title(),
                new Notice(
                        "A course for your school: " + link.event().title(),
                        "Your school's safeguarding audit return rates standard " + standard + " (" + statement
                                + ") red or amber. To help, the authority offers "
                                + link.event().title() + ", "
                                + link.event().when() + ".\n\n" + link.event().bookingClosesText() + ".",
                        "Book a place",
                        site.link(link.event().bookingUrl()),
                        "safeguarding-offer:" + id + ":" + standard),
                RoundDesk.TOPIC,
                Recipients.of(Audience.of(OrganisationRole.DSL), schools),
                user.getName());
        redirect.addFlashAttribute(
                "saved",
                started.created()
                        ? "Invited the DSLs of the " + schools.size() + " schools that rate standard " + standard
                                + " red or amber to " + link.event().title()
                        : "They were invited today already: nothing more was sent");
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
