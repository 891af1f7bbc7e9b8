package uk.headsup.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every public sector service must have, linked from the footer. */
@Controller
class InformationPagesController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "pages/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "pages/cookies";
    }
}
