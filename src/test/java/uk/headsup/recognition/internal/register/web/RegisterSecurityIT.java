package uk.headsup.recognition.internal.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SecurityChains;
import uk.headsup.support.SecurityHeaderNames;
import uk.headsup.support.SignedIn;

/**
 * Issue 14: visitors without a session reach the register, its CSV and its feed through the light filter chain for
 * public pages (accounts' {@code SecurityConfiguration.visitorPages}), which must change nothing they get: the same
 * security headers as any other page, from one place, over HTTP and HTTPS, and no session. Anyone with a session
 * cookie, and anything but GET or HEAD, goes through the application's chain as before.
 */
@HeadsUpIntegrationTest
class RegisterSecurityIT {

    @Autowired
    MockMvc mvc;

    /** Spring Security's chains in their order: the first that matches a request handles it. */
    @Autowired
    List<SecurityFilterChain> chains;

    @Test
    void visitorsPagesTakeTheLightChainAndCarryTheHeadersOfEveryPage() throws Exception {
        for (boolean https : List.of(false, true)) {
            MockHttpServletResponse ordinary =
                    mvc.perform(get("/accessibility").secure(https)).andReturn().getResponse();
            List<MockHttpServletRequestBuilder> visitors = List.of(
                    get("/recognition/register").param("type", "SCHOOL"),
                    get("/recognition/register").param("type", "SCHOOL"), // kept by now
                    head("/recognition/register").param("type", "SCHOOL"),
                    get("/recognition/register.csv"),
                    get("/recognition/register.atom"));
            for (MockHttpServletRequestBuilder visitor : visitors) {
                MockHttpServletResponse page =
                        mvc.perform(visitor.secure(https)).andReturn().getResponse();
                assertThat(page.getStatus()).isEqualTo(200);
                for (String header : SecurityHeaderNames.EVERY_PAGE) {
                    assertThat(page.getHeaders(header))
                            .as(header + (https ? " over HTTPS" : ""))
                            .isEqualTo(ordinary.getHeaders(header));
                }
                assertThat(page.getHeader("Set-Cookie")).as("no session").isNull();
            }
            assertThat(ordinary.getHeaders("Strict-Transport-Security")).hasSize(https ? 1 : 0);
            assertThat(ordinary.getHeaders("X-Frame-Options")).containsExactly("DENY");
        }
    }

    @Test
    void onlyAVisitorsGetOrHeadOfThosePagesTakesTheLightChain() {
        assertThat(csrf(SecurityChains.request("GET", "/recognition/register", false)))
                .isFalse();
        assertThat(csrf(SecurityChains.request("HEAD", "/recognition/register", false)))
                .isFalse();
        assertThat(csrf(SecurityChains.request("GET", "/recognition/register.csv", false)))
                .isFalse();
        assertThat(csrf(SecurityChains.request("GET", "/recognition/register.atom", false)))
                .isFalse();
        assertThat(csrf(SecurityChains.request("GET", "/recognition/register", true)))
                .as("a session cookie: perhaps signed in")
                .isTrue();
        assertThat(csrf(SecurityChains.request("POST", "/recognition/register", false)))
                .isTrue();
        assertThat(csrf(SecurityChains.request("GET", "/recognition/register/x", false)))
                .isTrue();
        assertThat(csrf(SecurityChains.request("GET", "/recognition", false))).isTrue();
    }

    /** The firewall in front of every chain keeps Spring Security's rules: a control character is refused. */
    @Test
    void aControlCharacterInAHeaderIsRefused() throws Exception {
        int status;
        try {
            status = mvc.perform(get("/recognition/register").header("Accept-Encoding", "gzip\u0007"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception refused) {
            assertThat(refused).hasRootCauseInstanceOf(RequestRejectedException.class);
            status = 400;
        }
        assertThat(status).isEqualTo(400);
    }

    @Test
    void aSignedInReaderStillSeesTheirOwnHeaderOnTheRegister() throws Exception {
        Cookie admin = SignedIn.authorityStaff(mvc, SignedIn.ADMIN);
        MockHttpServletResponse page = mvc.perform(
                        get("/recognition/register").param("type", "SCHOOL").cookie(admin))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Signed in as");
        assertThat(page.getHeader("ETag")).as("rendered for them, never kept").isNull();
    }

    private boolean csrf(MockHttpServletRequest request) {
        return SecurityChains.checksCsrf(chains, request);
    }
}
