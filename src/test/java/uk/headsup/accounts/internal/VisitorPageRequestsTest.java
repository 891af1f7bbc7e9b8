package uk.headsup.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import uk.headsup.platform.PublicPages;
import uk.headsup.platform.web.SessionCookie;

class VisitorPageRequestsTest {

    private static final PublicPages MODULE = new PublicPages() {
        @Override
        public List<String> publicPatterns() {
            return List.of(
                    "/register", "/register.csv", "/archive/*/*", "/archive/{key:(?!editions$)[a-z]+}/{n:[0-9]+}");
        }

        @Override
        public List<String> visitorPagePatterns() {
            return List.of("/register", "/register.csv", "/archive/{key:(?!editions$)[a-z]+}/{n:[0-9]+}");
        }
    };

    private final VisitorPageRequests visitors = new VisitorPageRequests(Stream.of(MODULE));

    @Test
    void aVisitorsGetOrHeadOfAListedPage() {
        assertThat(visitors.matches(request("GET", "/register"))).isTrue();
        assertThat(visitors.matches(request("HEAD", "/register"))).isTrue();
        assertThat(visitors.matches(request("GET", "/register.csv"))).isTrue();
        assertThat(visitors.matches(request("GET", "/archive/weekly/12"))).isTrue();
    }

    @Test
    void notAnythingElse() {
        assertThat(visitors.matches(request("POST", "/register"))).isFalse();
        assertThat(visitors.matches(request("GET", "/register/x"))).isFalse();
        assertThat(visitors.matches(request("GET", "/registers"))).isFalse();
        assertThat(visitors.matches(request("GET", "/archive/editions/12")))
                .as("excluded by the pattern")
                .isFalse();
        assertThat(visitors.matches(request("GET", "/archive/weekly/twelve"))).isFalse();
        assertThat(visitors.matches(request("GET", "/"))).isFalse();
        MockHttpServletRequest withSession = request("GET", "/register");
        withSession.setCookies(new Cookie(SessionCookie.NAME, "abc"));
        assertThat(visitors.matches(withSession)).as("perhaps signed in").isFalse();
    }

    @Test
    void pathsWithinTheApplication() {
        MockHttpServletRequest request = request("GET", "/app/register");
        request.setContextPath("/app");
        assertThat(visitors.matches(request)).isTrue();
        MockHttpServletRequest outside = request("GET", "/register");
        outside.setContextPath("/app");
        assertThat(visitors.matches(outside)).isFalse();
    }

    @Test
    void aVisitorPageMustBeAPublicPage() {
        PublicPages careless = new PublicPages() {
            @Override
            public List<String> publicPatterns() {
                return List.of();
            }

            @Override
            public List<String> visitorPagePatterns() {
                return List.of("/admin");
            }
        };
        assertThatThrownBy(() -> new VisitorPageRequests(Stream.of(careless)))
                .hasMessageContaining("/admin")
                .hasMessageContaining("not among its public pages");
    }

    private static MockHttpServletRequest request(String method, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRequestURI(uri);
        return request;
    }
}
