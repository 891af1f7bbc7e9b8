package uk.headsup.wellbeing.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A signed-in person refused a wellbeing page (a role check such as the uptake's or the coordinator's pages) is
 * answered 404 Not Found, as for a request that is not theirs: the wellbeing pages do not even say that they exist to
 * someone they are not for. A visitor who is not signed in is still sent to sign in.
 */
@ControllerAdvice(basePackages = "uk.headsup.wellbeing")
class WellbeingNotFound {

    @ExceptionHandler(AccessDeniedException.class)
    void refused(AccessDeniedException denied, HttpServletResponse response) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            throw denied;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
