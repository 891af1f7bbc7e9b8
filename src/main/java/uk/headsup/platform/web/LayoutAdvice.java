package uk.headsup.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.headsup.platform.Authority;

/** What the shared layout needs on every page: the authority's name and logo, and where the page is. */
@ControllerAdvice
class LayoutAdvice {

    private final Authority authority;

    LayoutAdvice(Authority authority) {
        this.authority = authority;
    }

    @ModelAttribute("authority")
    Authority authority() {
        return authority;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
