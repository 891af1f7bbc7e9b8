package uk.headsup.accounts.internal.signin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.headsup.accounts.SignInHint;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.HashedOneTimeTokens;
import uk.headsup.accounts.internal.signin.PasswordThrottleFilter;
import uk.headsup.accounts.internal.signin.SignInLinks;
import uk.headsup.accounts.internal.signin.SignInSettings;

/** The sign-in pages: a link by email for school staff; password, passkey or single sign-on for authority staff. */
@Controller
public class SignInController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("h:mma").withZone(ZoneId.of("Europe/London"));

    private final ObjectProvider<SignInHint.Source> hints;
    private final ObjectProvider<ClientRegistrationRepository> openIdConnect;
    private final AccountRepository accounts;
    private final SignInSettings settings;
    private final HashedOneTimeTokens tokens;
    private final Clock clock;
    private final LinkFormValidator linkValidator;

    SignInController(
            ObjectProvider<SignInHint.Source> hints,
            ObjectProvider<ClientRegistrationRepository> openIdConnect,
            AccountRepository accounts,
            SignInSettings settings,
            HashedOneTimeTokens tokens,
            Clock clock,
            LinkFormValidator linkValidator) {
        this.linkValidator = linkValidator;
        this.hints = hints;
        this.openIdConnect = openIdConnect;
        this.accounts = accounts;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    @ModelAttribute("singleSignOn")
    List<SingleSignOn> singleSignOn() {
        if (!(openIdConnect.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations)) {
            return List.of();
        }
        List<SingleSignOn> options = new ArrayList<>();
        registrations.forEach(r ->
                options.add(new SingleSignOn(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId())));
        return options;
    }

    record SingleSignOn(String name, String href) {}

    @GetMapping("/sign-in")
    String signIn(@ModelAttribute("linkForm") LinkForm form, Model model) {
        model.addAttribute(
                "hints", hints.orderedStream().flatMap(s -> s.hints().stream()).toList());
        return "accounts/sign-in";
    }

    /** Reached only when the address was blank or malformed: a good one is handled by the sign-in link filter. */
    @PostMapping(SignInLinks.REQUEST_PATH)
    String badLinkRequest(@ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model) {
        linkValidator.check(form, errors);
        return signIn(form, model);
    }

    @GetMapping(SignInLinks.SENT_PATH)
    String linkSent(HttpSession session, Model model) {
        model.addAttribute("email", session.getAttribute(SignInLinks.LINK_SENT_TO));
        model.addAttribute("minutes", settings.linkValidity().toMinutes());
        return "accounts/link-sent";
    }

    /** Shows a button that spends the link (a GET must not: mail scanners follow links); a spent link says so. */
    @GetMapping(SignInLinks.LINK_PATH)
    String confirmLink(@RequestParam(required = false) String token, Model model) {
        if (!tokens.isUsable(token)) {
            return "redirect:/sign-in/link/problem";
        }
        model.addAttribute("token", token);
        return "accounts/link-confirm";
    }

    @GetMapping("/sign-in/link/problem")
    String linkProblem(@ModelAttribute("linkForm") LinkForm form, Model model) {
        model.addAttribute("minutes", settings.linkValidity().toMinutes());
        return "accounts/link-problem";
    }

    @GetMapping("/sign-in/link/too-many")
    String tooMany(HttpServletResponse response, Model model) {
        response.setStatus(429);
        model.addAttribute("minutes", settings.rateWindow().toMinutes());
        return "accounts/link-too-many";
    }

    @GetMapping("/sign-in/password")
    String passwordSignIn(@ModelAttribute("passwordForm") PasswordForm form) {
        return "accounts/password-sign-in";
    }

    /** Forwarded here by Spring Security when a password sign-in fails. */
    @RequestMapping("/sign-in/password/failed")
    String passwordFailed(
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // The same answer whether or not an account exists for the address (issue 20 item 6): a client that
        // guessed too often waits, and a locked account (none is locked by wrong passwords any more) is not named.
        if (request.getAttribute(PasswordThrottleFilter.WAIT_UNTIL) instanceof Instant until) {
            response.setStatus(429);
            errors.reject(
                    "wait",
                    "Too many wrong passwords were entered from your connection. Try again after "
                            + TIME.format(until).toLowerCase() + ".");
            model.addAttribute("wait", true);
        } else {
            errors.reject("credentials", "Enter a correct email address and password");
        }
        return "accounts/password-sign-in";
    }
}
