package uk.headsup.accounts.internal.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.headsup.accounts.internal.HeadsUpPrincipal;

/**
 * Passkeys are for authority staff with a role. Spring Security's registration options filter asks only that the
 * user be signed in, and runs before the URL rules: school staff (who sign in by emailed link) were given
 * registration options although the registration itself was refused. Both are refused here alike.
 */
public final class PasskeyRegistrationGuard extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/webauthn/register") || path.startsWith("/webauthn/register/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = who != null
                && who.isAuthenticated()
                && who.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(HeadsUpPrincipal.AUTHORITY_STAFF));
        if (!staff) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
