package uk.headsup.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets a Content-Security-Policy with a fresh nonce per response: scripts run only from this site or
 * when they carry the nonce, nothing may frame a page, and forms post only here.
 */
@Component
/* After the bulletins' archive page cache, which answers some requests with a CSP of its own before any other filter. */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:;"
                        + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
                        + " form-action 'self'; frame-ancestors 'none'");
        chain.doFilter(request, response);
    }
}
