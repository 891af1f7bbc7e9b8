package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SecurityHeaderNames;

/**
 * Every Spring Security filter chain (the application's, visitors' public pages, email links, calendar feeds, course
 * evaluation links) writes the same security headers, from {@link SecurityHeaders}, over HTTP and HTTPS.
 */
@HeadsUpIntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyChainWritesTheSameSecurityHeaders() throws Exception {
        for (boolean https : List.of(false, true)) {
            MockHttpServletResponse ordinary =
                    mvc.perform(get("/accessibility").secure(https)).andReturn().getResponse();
            assertThat(ordinary.getHeaders("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
            assertThat(ordinary.getHeaders("Strict-Transport-Security")).hasSize(https ? 1 : 0);
            for (String path : List.of(
                    "/recognition/register",
                    "/email/preferences/not-a-signed-link",
                    "/events/feeds/not-a-token.ics",
                    "/events/evaluations/not-a-token")) {
                MockHttpServletResponse other =
                        mvc.perform(get(path).secure(https)).andReturn().getResponse();
                for (String header : SecurityHeaderNames.EVERY_PAGE) {
                    assertThat(other.getHeaders(header))
                            .as(path + " " + header + (https ? " over HTTPS" : ""))
                            .isEqualTo(ordinary.getHeaders(header));
                }
            }
        }
    }
}
