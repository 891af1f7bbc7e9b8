package uk.headsup.wellbeing.internal.offers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.wellbeing.NewOffer;
import uk.headsup.wellbeing.OfferAccess;
import uk.headsup.wellbeing.OfferKind;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.Offers;

/** The catalogue of support offers, kept by the wellbeing coordinator. */
@Controller
@RequestMapping("/wellbeing/manage/offers")
@PreAuthorize("hasRole('WELLBEING_COORDINATOR')")
class OffersController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A checkbox option for the shared fragment. */
    record Option(String value, String label, String description) {}

    private final Offers offers;
    private final Clock clock;
    private final OfferFormValidator validator;

    OffersController(Offers offers, Clock clock, OfferFormValidator validator) {
        this.offers = offers;
        this.clock = clock;
        this.validator = validator;
    }

    @ModelAttribute("roleOptions")
    List<Option> roleOptions() {
        return Arrays.stream(OrganisationRole.values())
                .map(r -> new Option(r.name(), r.label(), null))
                .toList();
    }

    @ModelAttribute("phaseOptions")
    List<Option> phaseOptions() {
        return Arrays.stream(Phase.values())
                .map(p -> new Option(p.name(), p.label(), null))
                .toList();
    }

    @ModelAttribute("kindOptions")
    Map<String, String> kindOptions() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(OfferKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }

    @ModelAttribute("accessOptions")
    Map<String, String> accessOptions() {
        Map<String, String> access = new LinkedHashMap<>();
        Arrays.stream(OfferAccess.values()).forEach(a -> access.put(a.name(), a.label()));
        return access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("offers", offers.all());
        model.addAttribute("today", LocalDate.now(clock.withZone(UK)));
        return "wellbeing/offers";
    }

    @GetMapping("/new")
    String newOffer(Model model) {
        model.addAttribute("form", OfferForm.blank());
        model.addAttribute("offerId", null);
        return "wellbeing/offer-edit";
    }

    @PostMapping("/new")
    String add(@ModelAttribute("form") OfferForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        NewOffer offer = validator.check(form, errors);
        if (offer == null) {
            model.addAttribute("offerId", null);
            return "wellbeing/offer-edit";
        }
        offers.add(offer);
        flash.addFlashAttribute("success", "Offer added: " + offer.title());
        return "redirect:/wellbeing/manage/offers";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", OfferForm.of(offer(id)));
        model.addAttribute("offerId", id);
        return "wellbeing/offer-edit";
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        offer(id);
        NewOffer offer = validator.check(form, errors);
        if (offer == null) {
            model.addAttribute("offerId", id);
            return "wellbeing/offer-edit";
        }
        offers.change(id, offer);
        flash.addFlashAttribute("success", "Offer changed: " + offer.title());
        return "redirect:/wellbeing/manage/offers";
    }

    private Offer offer(long id) {
        return offers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
