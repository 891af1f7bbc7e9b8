package uk.headsup.wellbeing.internal.peergroups.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.events.EventCards;
import uk.headsup.wellbeing.OfferKind;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.Offers;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

/**
 * The coordinator runs a peer group offer as an event: sets its meetings once, then sees who has booked (which no
 * events page shows anyone else).
 */
@Controller
@RequestMapping("/wellbeing/manage/offers/{id}/peer-group")
@PreAuthorize("hasRole('WELLBEING_COORDINATOR')")
class PeerGroupController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Offers offers;
    private final PeerGroups groups;
    private final EventCards cards;
    private final Clock clock;
    private final PeerGroupFormValidator validator;

    PeerGroupController(
            Offers offers, PeerGroups groups, EventCards cards, Clock clock, PeerGroupFormValidator validator) {
        this.validator = validator;
        this.offers = offers;
        this.groups = groups;
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        Offer offer = peerGroup(id);
        model.addAttribute("offer", offer);
        groups.eventOf(id)
                .ifPresentOrElse(
                        event -> {
                            model.addAttribute("event", cards.card(event).orElseThrow());
                            model.addAttribute("attendees", groups.attendees(event));
                        },
                        () -> {
                            if (!model.containsAttribute("form")) {
                                model.addAttribute("form", PeerGroupForm.forPlaces(offer.capacity()));
                            }
                        });
        return "wellbeing/peer-group";
    }

    @PostMapping
    String start(
            @PathVariable long id,
            @ModelAttribute("form") PeerGroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Offer offer = peerGroup(id);
        if (groups.eventOf(id).isPresent()) {
            return "redirect:/wellbeing/manage/offers/" + id + "/peer-group";
        }
        PeerGroups.Meetings meetings = validator.check(form, LocalDate.now(clock.withZone(UK)), errors);
        if (meetings == null) {
            model.addAttribute("offer", offer);
            return "wellbeing/peer-group";
        }
        groups.start(offer, meetings, (SignedInUser) model.getAttribute("currentUser"));
        flash.addFlashAttribute(
                "success",
                offer.title() + " now runs as " + meetings.count()
                        + (meetings.count() == 1 ? " meeting" : " meetings")
                        + ". Leaders book their own places; only you see who has.");
        return "redirect:/wellbeing/manage/offers/" + id + "/peer-group";
    }

    private Offer peerGroup(long id) {
        return offers.find(id)
                .filter(o -> o.kind() == OfferKind.PEER_GROUP)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
