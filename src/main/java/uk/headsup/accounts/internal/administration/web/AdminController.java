package uk.headsup.accounts.internal.administration.web;

import java.time.Clock;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.Account;
import uk.headsup.accounts.internal.AccountRepository;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.accounts.internal.Clients;
import uk.headsup.accounts.internal.CurrentUsers;
import uk.headsup.accounts.internal.RoleText;
import uk.headsup.accounts.internal.administration.SignedInSessions;
import uk.headsup.accounts.internal.invitations.Invitations;

/** Administrators invite authority staff, give and take away their roles, and read the audit trail. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final AccountRepository accounts;
    private final Invitations invitations;
    private final AuditTrail audit;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final InviteFormValidator inviteValidator;
    private final RolesFormValidator rolesValidator;

    AdminController(
            AccountRepository accounts,
            Invitations invitations,
            AuditTrail audit,
            SignedInSessions sessions,
            Clock clock,
            InviteFormValidator inviteValidator,
            RolesFormValidator rolesValidator) {
        this.inviteValidator = inviteValidator;
        this.rolesValidator = rolesValidator;
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @ModelAttribute("allRoles")
    AuthorityRole[] allRoles() {
        return AuthorityRole.values();
    }

    @GetMapping({"", "/"})
    String admin() {
        return "redirect:/admin/users";
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("staff", accounts.authorityStaff());
        model.addAttribute("now", clock.instant());
        return "accounts/admin/users";
    }

    @GetMapping("/users/invite")
    String inviteForm(Model model) {
        model.addAttribute("form", InviteForm.empty());
        return "accounts/admin/invite";
    }

    @PostMapping("/users/invite")
    String invite(
            @ModelAttribute("form") InviteForm form,
            BindingResult errors,
            Authentication authentication,
            RedirectAttributes redirect) {
        InviteFormValidator.Invitation invitation =
                inviteValidator.check(form, email -> accounts.findByEmail(email).isPresent(), errors);
        if (invitation == null) {
            return "accounts/admin/invite";
        }
        SignedInUser admin = CurrentUsers.from(authentication).orElseThrow();
        invitations.invite(invitation.email(), invitation.name(), invitation.roles(), admin.email(), admin.name());
        redirect.addFlashAttribute("success", "Invitation sent to " + invitation.email());
        return "redirect:/admin/users";
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable long id, Model model) {
        Account account = authorityAccount(id);
        model.addAttribute("account", account);
        model.addAttribute("form", RolesForm.of(account.roles()));
        model.addAttribute("now", clock.instant());
        return "accounts/admin/user";
    }

    @PostMapping("/users/{id}")
    String changeRoles(
            @PathVariable long id,
            @ModelAttribute("form") RolesForm form,
            BindingResult errors,
            Model model,
            Authentication authentication,
            RedirectAttributes redirect) {
        Account account = authorityAccount(id);
        SignedInUser admin = CurrentUsers.from(authentication).orElseThrow();
        boolean lastAdministrator = account.roles().contains(AuthorityRole.ADMIN)
                && accounts.authorityStaff().stream()
                                .filter(a -> a.roles().contains(AuthorityRole.ADMIN))
                                .count()
                        <= 1;
        Set<AuthorityRole> roles = rolesValidator.check(form, lastAdministrator, errors);
        if (roles == null) {
            model.addAttribute("account", account);
            model.addAttribute("now", clock.instant());
            return "accounts/admin/user";
        }
        accounts.setRoles(id, roles);
        if (!account.roles().equals(roles)) {
            // Roles live in the session: end it, so that a role taken away stops working now, on every node.
            sessions.endAllOf(account.email());
        }
        audit.record(
                admin.email(),
                "Changed roles",
                account.email(),
                RoleText.of(account.roles()) + " → " + RoleText.of(roles),
                Clients.current());
        redirect.addFlashAttribute("success", "Roles of " + account.displayName() + " updated");
        return "redirect:/admin/users";
    }

    /** A leaver signs in nowhere from now on; their account, and the history that names them, stay. */
    @PostMapping("/users/{id}/deactivate")
    String deactivate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Account account = authorityAccount(id);
        SignedInUser admin = CurrentUsers.from(authentication).orElseThrow();
        boolean lastAdmin = account.roles().contains(AuthorityRole.ADMIN)
                && accounts.authorityStaff().stream()
                                .filter(a -> !a.deactivated() && a.roles().contains(AuthorityRole.ADMIN))
                                .count()
                        <= 1;
        if (account.email().equalsIgnoreCase(admin.email()) || lastAdmin) {
            redirect.addFlashAttribute(
                    "problem",
                    lastAdmin
                            ? "The last administrator cannot be deactivated: someone must be able to manage staff"
                            : "You cannot deactivate your own account");
            return "redirect:/admin/users/" + id;
        }
        if (!account.deactivated()) {
            accounts.deactivate(id, admin.email());
            sessions.endAllOf(account.email());
            audit.record(admin.email(), "Deactivated account", account.email(), null, Clients.current());
        }
        redirect.addFlashAttribute("success", "The account of " + account.displayName() + " is deactivated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/users/{id}/reactivate")
    String reactivate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return changed(id, authentication, redirect, accounts::reactivate, "Reactivated account", "is active again");
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        return changed(id, authentication, redirect, accounts::unlock, "Unlocked account", "is unlocked");
    }

    /** One change to an authority account: made, recorded in the audit trail, and reported on the account's page. */
    private String changed(
            long id,
            Authentication authentication,
            RedirectAttributes redirect,
            LongConsumer change,
            String action,
            String outcome) {
        Account account = authorityAccount(id);
        change.accept(id);
        audit.record(
                CurrentUsers.from(authentication).orElseThrow().email(),
                action,
                account.email(),
                null,
                Clients.current());
        redirect.addFlashAttribute("success", "The account of " + account.displayName() + " " + outcome);
        return "redirect:/admin/users/" + id;
    }

    /** For someone who has forgotten their password, or never received their invitation. */
    @PostMapping("/users/{id}/password-link")
    String sendPasswordLink(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Account account = authorityAccount(id);
        SignedInUser admin = CurrentUsers.from(authentication).orElseThrow();
        invitations.sendPasswordLink(account, admin.email(), admin.name());
        redirect.addFlashAttribute("success", "A link to choose a new password was sent to " + account.email());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(500));
        return "accounts/admin/audit";
    }

    private Account authorityAccount(long id) {
        return accounts.findById(id)
                .filter(a -> a.kind() == Account.Kind.AUTHORITY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
