package uk.headsup.wellbeing.internal.requests.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.wellbeing.internal.requests.Uptake;

/** Uptake without exposure: counts under 5 say "fewer than 5". For the wellbeing coordinator only. */
@Controller
@PreAuthorize("hasRole('WELLBEING_COORDINATOR')")
class UptakeController {

    private final Uptake uptake;

    UptakeController(Uptake uptake) {
        this.uptake = uptake;
    }

    @GetMapping("/wellbeing/manage/uptake")
    String uptake(Model model) {
        model.addAttribute("report", uptake.report());
        return "wellbeing/uptake";
    }
}
