package uk.headsup.wellbeing.internal.requests.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.headsup.wellbeing.internal.requests.AccessLog;

/** Who read which wellbeing request, for administrators: numbers and names of readers, never content. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccessLogController {

    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/admin/wellbeing/reads")
    String reads(Model model) {
        model.addAttribute("reads", log.latest(500));
        return "wellbeing/reads";
    }
}
