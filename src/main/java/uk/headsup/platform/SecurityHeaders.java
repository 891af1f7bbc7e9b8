package uk.headsup.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every page, whichever of Spring Security's filter chains answers it: written here and
 * nowhere else, so that a page answered through a lighter chain (public pages a visitor without a session gets from
 * a page cache) carries exactly the headers of any other. The Content-Security-Policy is the one filter outside
 * Spring Security that every response goes through ({@code platform.web.ContentSecurityPolicyFilter}).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    /**
     * Spring Security's defaults (no sniffing, and "no-store" unless the page says how it may be cached) plus: no
     * framing, the origin only as referrer to other sites, no camera, microphone, location or payment, and HSTS for
     * a year with subdomains (over HTTPS only).
     */
    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
