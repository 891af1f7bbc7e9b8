package uk.headsup.accounts.internal.profile.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.accounts.internal.Clients;
import uk.headsup.accounts.internal.CurrentUsers;
import uk.headsup.accounts.internal.PasswordPolicy;

/** Your account: who you are, your password and your passkeys. */
@Controller
public class AccountController {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final PublicKeyCredentialUserEntityRepository passkeyUsers;
    private final UserCredentialRepository passkeys;

    AccountController(
            AccountRepository accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            PublicKeyCredentialUserEntityRepository passkeyUsers,
            UserCredentialRepository passkeys) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.passkeyUsers = passkeyUsers;
        this.passkeys = passkeys;
    }

    /** Choosing a new password. */
    public static class PasswordChange {
        private String current = "";
        private String password = "";
        private String confirmation = "";

        public String getCurrent() {
            return current;
        }

        public void setCurrent(String current) {
            this.current = current == null ? "" : current;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password == null ? "" : password;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation == null ? "" : confirmation;
        }
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        SignedInUser user = signedIn(authentication);
        model.addAttribute("account", accounts.findByEmail(user.email()).orElse(null));
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") PasswordChange form, Authentication authentication, Model model) {
        model.addAttribute("first", authorityAccount(authentication).mustChangePassword());
        return "accounts/password-change";
    }

    @PostMapping("/account/password")
    String changePassword(
            @ModelAttribute("form") PasswordChange form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Account account = authorityAccount(authentication);
        boolean first = account.mustChangePassword();
        if (!first
                && (account.passwordHash() == null || !passwords.matches(form.getCurrent(), account.passwordHash()))) {
            errors.rejectValue("current", "wrong", "Your current password is not right");
        }
        PasswordPolicy.problemWith(form.getPassword(), account.email())
                .ifPresent(p -> errors.rejectValue("password", "policy", p));
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "mismatch", "Enter the same password twice");
        }
        if (errors.hasErrors()) {
            model.addAttribute("first", first);
            return "accounts/password-change";
        }
        accounts.setPassword(account.id(), passwords.encode(form.getPassword()));
        audit.record(account.email(), "Changed password", account.email(), null, Clients.current());
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/account";
    }

    record Passkey(String id, String label, String created, String lastUsed) {}

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    private static String day(Instant instant, String otherwise) {
        return instant == null ? otherwise : DAY.format(instant);
    }

    @GetMapping("/account/passkeys")
    String passkeys(Authentication authentication, Model model) {
        SignedInUser user = signedIn(authentication);
        PublicKeyCredentialUserEntity entity = passkeyUsers.findByUsername(user.email());
        List<Passkey> list = entity == null
                ? List.of()
                : passkeys.findByUserId(entity.getId()).stream()
                        .map(c -> new Passkey(
                                c.getCredentialId().toBase64UrlString(),
                                c.getLabel(),
                                day(c.getCreated(), ""),
                                day(c.getLastUsed(), "Never")))
                        .toList();
        model.addAttribute("passkeys", list);
        return "accounts/passkeys";
    }

    @PostMapping("/account/passkeys/{id}/delete")
    String deletePasskey(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        SignedInUser user = signedIn(authentication);
        PublicKeyCredentialUserEntity entity = passkeyUsers.findByUsername(user.email());
        CredentialRecord credential = entity == null ? null : passkey(id);
        if (credential == null || !credential.getUserEntityUserId().equals(entity.getId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        passkeys.delete(credential.getCredentialId());
        audit.record(user.email(), "Removed passkey", user.email(), credential.getLabel(), Clients.current());
        redirect.addFlashAttribute("success", "Passkey ‘" + credential.getLabel() + "’ removed");
        return "redirect:/account/passkeys";
    }

    /** The passkey with this id, or null when there is none or the id is not even Base64 (answered 404, not 500). */
    private CredentialRecord passkey(String id) {
        try {
            return passkeys.findByCredentialId(Bytes.fromBase64(id));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static SignedInUser signedIn(Authentication authentication) {
        return CurrentUsers.from(authentication)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private Account authorityAccount(Authentication authentication) {
        SignedInUser user = signedIn(authentication);
        return accounts.findByEmail(user.email())
                .filter(a -> a.kind() == Account.Kind.AUTHORITY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
