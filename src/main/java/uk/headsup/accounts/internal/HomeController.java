package uk.headsup.accounts.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.accounts.SignInHint;

/** The front page: what Heads Up is and how to sign in, or, once signed in, where to go. */
@Controller
class HomeController {

    private final ObjectProvider<SignInHint.Source> hints;

    HomeController(ObjectProvider<SignInHint.Source> hints) {
        this.hints = hints;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        var user = CurrentUsers.from(authentication);
        if (user.isEmpty()) {
            model.addAttribute(
                    "hints",
                    hints.orderedStream().flatMap(s -> s.hints().stream()).toList());
            return "home";
        }
        return user.get().authorityStaff() ? "accounts/home-authority" : "accounts/home-school";
    }
}
