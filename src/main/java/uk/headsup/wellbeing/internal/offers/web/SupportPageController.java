package uk.headsup.wellbeing.internal.offers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.directory.Directory;
import uk.headsup.wellbeing.internal.WellbeingSettings;
import uk.headsup.wellbeing.internal.offers.Leader;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.Offers;
import uk.headsup.wellbeing.internal.offers.OffersRunAsEvents;

/**
 * The one page every head can find: visitors see the offers they can reach directly (phone numbers, links);
 * school and setting staff signed in see the offers that fit their role, phase and years of headship, and can ask
 * for the brokered ones; authority staff see every current offer.
 */
@Controller
class SupportPageController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Offers offers;
    private final Directory directory;
    private final WellbeingSettings settings;
    private final Clock clock;
    private final OffersRunAsEvents runAsEvents;

    SupportPageController(
            Offers offers,
            Directory directory,
            WellbeingSettings settings,
            Clock clock,
            OffersRunAsEvents runAsEvents) {
        this.runAsEvents = runAsEvents;
        this.offers = offers;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/wellbeing")
    String page(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        SignedInUser user = (SignedInUser) model.getAttribute("currentUser");
        List<Offer> current = offers.availableOn(today);
        List<Offer> shown;
        if (user == null) {
            shown = current.stream().filter(Offer::direct).toList();
        } else if (user.authorityStaff()) {
            shown = current;
        } else {
            Optional<Leader> leader = Leader.of(user.email(), directory);
            shown = leader.map(
                            l -> current.stream().filter(o -> o.fits(l, today)).toList())
                    .orElse(List.of());
        }
        model.addAttribute("direct", shown.stream().filter(Offer::direct).toList());
        model.addAttribute("brokered", shown.stream().filter(o -> !o.direct()).toList());
        model.addAttribute("schoolUser", user != null && !user.authorityStaff());
        model.addAttribute("peerGroupEvents", user == null ? Map.of() : runAsEvents.events());
        model.addAttribute("visitor", user == null);
        return "wellbeing/support";
    }

    @GetMapping("/wellbeing/privacy")
    String privacy(Model model) {
        model.addAttribute("retention", settings.retentionText());
        return "wellbeing/privacy";
    }
}
