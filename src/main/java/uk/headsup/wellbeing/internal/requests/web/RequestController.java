package uk.headsup.wellbeing.internal.requests.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.wellbeing.internal.offers.Offers;
import uk.headsup.wellbeing.internal.requests.ContactBy;
import uk.headsup.wellbeing.internal.requests.NoSuchRequest;
import uk.headsup.wellbeing.internal.requests.RequestDesk;
import uk.headsup.wellbeing.internal.requests.RequestRefused;

/** A school leader asks for a brokered offer in confidence, sees their own requests and can withdraw them. */
@Controller
@PreAuthorize("hasRole('SCHOOL_STAFF')")
class RequestController {

    private final RequestDesk desk;
    private final Offers offers;
    private final RequestFormValidator validator;

    RequestController(RequestDesk desk, Offers offers, RequestFormValidator validator) {
        this.desk = desk;
        this.offers = offers;
        this.validator = validator;
    }

    @ModelAttribute("contactOptions")
    Map<String, String> contactOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(ContactBy.values()).forEach(c -> options.put(c.name(), c.label()));
        return options;
    }

    @GetMapping("/wellbeing/offers/{id}/ask")
    String form(@PathVariable long id, Model model) {
        try {
            model.addAttribute("offer", desk.askable(user(model).email(), id));
        } catch (RequestRefused refused) {
            model.addAttribute("offer", offers.find(id).orElseThrow(NoSuchRequest::new));
            model.addAttribute("refused", refused.getMessage());
        }
        model.addAttribute("form", RequestForm.empty());
        return "wellbeing/ask";
    }

    @PostMapping("/wellbeing/offers/{id}/ask")
    String ask(
            @PathVariable long id,
            @ModelAttribute("form") RequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        String email = user(model).email();
        RequestFormValidator.Request request = validator.check(form, errors);
        if (request != null) {
            try {
                RequestDesk.Asked asked = desk.ask(email, id, request.note(), request.contactBy(), request.phone());
                flash.addFlashAttribute(
                        "success",
                        asked.waiting()
                                ? "Every place is taken just now, so your request " + asked.number()
                                        + " is on the waiting list. The wellbeing coordinator will contact you when"
                                        + " a place is free. Only they can read it."
                                : "Your request is sent. Its number is " + asked.number()
                                        + ". Only the wellbeing coordinator can read it.");
                return "redirect:/wellbeing/requests";
            } catch (RequestRefused refused) {
                model.addAttribute("refused", refused.getMessage());
            }
        }
        model.addAttribute("offer", offers.find(id).orElseThrow(NoSuchRequest::new));
        return "wellbeing/ask";
    }

    @GetMapping("/wellbeing/requests")
    String mine(Model model) {
        model.addAttribute("requests", desk.mine(user(model).email()));
        return "wellbeing/my-requests";
    }

    @PostMapping("/wellbeing/requests/{id}/withdraw")
    String withdraw(@PathVariable long id, Model model, RedirectAttributes flash) {
        try {
            desk.withdraw(user(model).email(), id);
            flash.addFlashAttribute("success", "Request " + id + " is withdrawn.");
        } catch (RequestRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/wellbeing/requests";
    }

    static SignedInUser user(Model model) {
        SignedInUser user = (SignedInUser) model.getAttribute("currentUser");
        if (user == null) {
            throw new NoSuchRequest();
        }
        return user;
    }
}
