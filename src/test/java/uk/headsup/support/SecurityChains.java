package uk.headsup.support;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import uk.headsup.platform.web.SessionCookie;

/** Which of Spring Security's chains (autowired as a list, in their order) takes a request. */
public final class SecurityChains {

    private SecurityChains() {}

    /** A request for the path, with a session cookie (perhaps signed in) or without one (a visitor). */
    public static MockHttpServletRequest request(String method, String path, boolean sessionCookie) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (sessionCookie) {
            request.setCookies(new Cookie(SessionCookie.NAME, "whatever"));
        }
        return request;
    }

    /** Whether the chain that takes the request checks CSRF tokens, as the application's does (the light one not). */
    public static boolean checksCsrf(List<SecurityFilterChain> chains, MockHttpServletRequest request) {
        return chains.stream().filter(c -> c.matches(request)).findFirst().orElseThrow().getFilters().stream()
                .anyMatch(CsrfFilter.class::isInstance);
    }
}
