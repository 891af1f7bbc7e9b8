package uk.headsup.mailing.internal.preferences.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The preference centre from "Your account": a signed-in person chooses which emails they get, as the link allows. */
@Controller
class AccountPreferencesController {

    static final String PATH = "/account/emails";

    private final PreferenceChoices choices;

    AccountPreferencesController(PreferenceChoices choices) {
        this.choices = choices;
    }

    @GetMapping(PATH)
    String preferences(@RequestParam(required = false) String saved, Authentication authentication, Model model) {
        return choices.page(model, authentication.getName(), saved != null, "/account");
    }

    @PostMapping(PATH)
    String save(@ModelAttribute("form") PreferenceChoices.PreferencesForm form, Authentication authentication) {
        choices.save(authentication.getName(), form);
        return "redirect:" + PATH + "?saved";
    }
}
