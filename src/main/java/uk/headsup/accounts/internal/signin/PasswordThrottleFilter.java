package uk.headsup.accounts.internal.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.headsup.accounts.internal.Clients;

/**
 * Ahead of the password check: a client that must wait (see {@link PasswordThrottle}) is not let try the password
 * at all, and is shown the sign-in page with when it may try again, whether or not the account exists.
 */
public final class PasswordThrottleFilter extends OncePerRequestFilter {

    /** The instant the client may try again, for the failure page. */
    public static final String WAIT_UNTIL = PasswordThrottleFilter.class.getName() + ".WAIT_UNTIL";

    private final PasswordThrottle throttle;

    public PasswordThrottleFilter(PasswordThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/sign-in/password").equals(request.getRequestURI())) {
            Optional<Instant> until = throttle.waitUntil(Clients.of(request), request.getParameter("email"));
            if (until.isPresent()) {
                request.setAttribute(WAIT_UNTIL, until.get());
                response.setStatus(429);
                request.getRequestDispatcher("/sign-in/password/failed").forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
