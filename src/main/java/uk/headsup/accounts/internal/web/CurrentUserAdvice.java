package uk.headsup.accounts.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignInHint;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.CurrentUsers;

/** Gives every page the signed-in user and the navigation their roles allow. */
@ControllerAdvice
class CurrentUserAdvice {

    record NavItem(String label, String href) {}

    private final boolean demo;

    CurrentUserAdvice(ObjectProvider<SignInHint.Source> hints) {
        this.demo = hints.orderedStream().anyMatch(s -> !s.hints().isEmpty());
    }

    /** A demonstration installation (the demo county offers shared accounts): every page says so. */
    @ModelAttribute("demoInstallation")
    boolean demoInstallation() {
        return demo;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser(Authentication authentication) {
        return CurrentUsers.from(authentication).orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation(Authentication authentication) {
        SignedInUser user = CurrentUsers.from(authentication).orElse(null);
        if (user == null) {
            return List.of();
        }
        if (!user.authorityStaff()) {
            return List.of(
                    new NavItem("Bulletins", "/bulletins"),
                    new NavItem("Events", "/events"),
                    new NavItem("Your colleagues", "/directory/people/yours"),
                    new NavItem("Authority contacts", "/contacts"));
        }
        var items = new ArrayList<NavItem>();
        items.add(new NavItem("Bulletins", "/bulletins/editions"));
        items.add(new NavItem("Email sends", "/mailing"));
        items.add(new NavItem("Events", "/events"));
        items.add(new NavItem("Schools and settings", "/directory/organisations"));
        items.add(new NavItem("People", "/directory/people"));
        items.add(new NavItem("Contacts", "/contacts"));
        // An officer's own module comes first: the work their role exists for.
        var own = new ArrayList<NavItem>();
        if (user.has(AuthorityRole.SAFEGUARDING_OFFICER)) {
            own.add(new NavItem("Safeguarding audit", "/safeguarding/rounds"));
        }
        if (user.has(AuthorityRole.SCHEMES_OFFICER) || user.has(AuthorityRole.RECOGNITION_ASSESSOR)) {
            own.add(new NavItem("Recognition schemes", "/recognition"));
        }
        if (user.has(AuthorityRole.WELLBEING_COORDINATOR)) {
            own.add(new NavItem("Wellbeing requests", "/wellbeing/manage/requests"));
        }
        if (user.has(AuthorityRole.INCLUSION_OFFICER)) {
            own.add(new NavItem("Exclusions", "/inclusion"));
        }
        items.addAll(0, own);
        if (user.has(AuthorityRole.ADMIN)) {
            items.add(new NavItem("Staff and roles", "/admin/users"));
            items.add(new NavItem("Audit trail", "/admin/audit"));
            items.add(new NavItem("GIAS imports", "/directory/imports"));
        }
        return items;
    }
}
