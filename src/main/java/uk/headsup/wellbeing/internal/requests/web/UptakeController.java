package uk.headsup.wellbeing.internal.requests.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.wellbeing.internal.requests.RequestDesk;
import uk.headsup.wellbeing.internal.requests.Uptake;

/**
 * Uptake without exposure: counts under 5 say "fewer than 5". For the wellbeing coordinator and the authority's
 * leaders, who are those with the publisher role (they approve what the authority publishes in its name; in the demo
 * county, the Head of Education Services). Anyone else gets 404 ({@code WellbeingNotFound}).
 */
@Controller
@PreAuthorize("hasAnyRole('WELLBEING_COORDINATOR', 'PUBLISHER')")
class UptakeController {

    private final Uptake uptake;

    UptakeController(Uptake uptake) {
        this.uptake = uptake;
    }

    @GetMapping("/wellbeing/manage/uptake")
    String uptake(Model model) {
        model.addAttribute("report", uptake.report());
        model.addAttribute("coordinator", RequestDesk.isCoordinator((SignedInUser) model.getAttribute("currentUser")));
        return "wellbeing/uptake";
    }
}
