package uk.headsup.accounts.internal.invitations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.accounts.internal.PasswordPolicy;
import uk.headsup.accounts.internal.invitations.Invitations;
import uk.headsup.accounts.internal.profile.web.AccountController;

/** An invited member of authority staff chooses their password. */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation")
    String show(
            @RequestParam(required = false) String token,
            @ModelAttribute("form") AccountController.PasswordChange form,
            Model model) {
        return invitations
                .find(token)
                .map(pending -> {
                    model.addAttribute("pending", pending);
                    model.addAttribute("token", token);
                    return "accounts/invitation";
                })
                .orElse("accounts/invitation-problem");
    }

    @PostMapping("/invitation")
    String accept(
            @RequestParam String token,
            @ModelAttribute("form") AccountController.PasswordChange form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var pending = invitations.find(token);
        if (pending.isEmpty()) {
            return "accounts/invitation-problem";
        }
        PasswordPolicy.problemWith(form.getPassword(), pending.get().email())
                .ifPresent(p -> errors.rejectValue("password", "policy", p));
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "mismatch", "Enter the same password twice");
        }
        if (errors.hasErrors()) {
            model.addAttribute("pending", pending.get());
            model.addAttribute("token", token);
            return "accounts/invitation";
        }
        if (!invitations.accept(token, form.getPassword())) {
            return "accounts/invitation-problem";
        }
        redirect.addFlashAttribute(
                "success", "Your password is set. Sign in with your email address and new password.");
        return "redirect:/sign-in/password";
    }
}
