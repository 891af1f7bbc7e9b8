package uk.headsup.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One Content-Security-Policy for every response, set here and nowhere else (issue 20, item 9): scripts run only
 * from this site, plus the layout's one known inline script, allowed by its fixed hash (so that a page kept in the
 * archive's page cache carries the same policy as one rendered now, and nothing in a page's content can add to
 * it); images also over https (articles show images from other sites); nothing may frame a page; forms post only
 * here. {@code ContentSecurityPolicyTest} checks that the layout's inline script is the one hashed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    /** The layout's inline script, exactly as in {@code templates/layout.html}. */
    static final String LAYOUT_SCRIPT = "document.body.className += ' js-enabled' + ('noModule' in"
            + " HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    static final String POLICY = "default-src 'self'; script-src 'self' 'sha256-" + sha256(LAYOUT_SCRIPT) + "';"
            + " style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }

    static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
