package uk.headsup.support;

import java.util.List;

/** The security headers every page carries (platform.SecurityHeaders), for tests that compare chains. */
public final class SecurityHeaderNames {

    public static final List<String> EVERY_PAGE = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-XSS-Protection",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Strict-Transport-Security");

    private SecurityHeaderNames() {}
}
