package uk.headsup.accounts.internal;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import uk.headsup.accounts.internal.signin.OidcAccounts;
import uk.headsup.accounts.internal.signin.PasskeyRegistrationGuard;
import uk.headsup.accounts.internal.signin.Passkeys;
import uk.headsup.accounts.internal.signin.PasswordThrottle;
import uk.headsup.accounts.internal.signin.PasswordThrottleFilter;
import uk.headsup.accounts.internal.signin.SchoolPostsCheck;
import uk.headsup.accounts.internal.signin.SessionCreationOptions;
import uk.headsup.accounts.internal.signin.SignInLinks;
import uk.headsup.accounts.internal.signin.SignInSettings;
import uk.headsup.accounts.internal.signin.StaffDetails;
import uk.headsup.directory.Directory;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Caches;
import uk.headsup.platform.PublicPages;
import uk.headsup.platform.SecurityHeaders;
import uk.headsup.platform.Site;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

    /** Where a visitor was going before they were asked to sign in: kept in a cookie, never in a session. */
    static final RequestCache RETURN_ADDRESS = new CookieRequestCache();

    static SavedRequestAwareAuthenticationSuccessHandler returnToSavedAddress() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRequestCache(RETURN_ADDRESS);
        return handler;
    }

    static final String[] PUBLIC = {
        "/",
        "/assets/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.ico",
        "/favicon.svg",
        "/accessibility",
        "/privacy",
        "/cookies",
        "/error",
        "/sign-in",
        "/sign-in/**",
        "/invitation/**",
        "/webauthn/authenticate/options",
        "/login/webauthn",
        "/actuator/health",
        "/actuator/health/**"
    };

    /**
     * No Micrometer observation around each of Spring Security's filters, authentications and authorisations: each
     * request went through about fifteen of them, a few percent of a signed-in page's CPU, for metrics nobody reads.
     * Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Only a web application has requests to secure: commands such as {@code import-gias} run without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(
            HttpSecurity http,
            StaffDetails staff,
            HashedOneTimeTokens tokens,
            SignInLinks links,
            Site site,
            Authority authority,
            ObjectProvider<ClientRegistrationRepository> openIdConnect,
            OidcAccounts oidcAccounts,
            WebAuthnRelyingPartyOperations relyingParty,
            AuthenticationEventPublisher events,
            ObjectProvider<PublicPages> publicPages,
            PasswordThrottle passwordThrottle,
            Directory directory,
            Caches caches)
            throws Exception {
        String[] modulesPublic = publicPages
                .orderedStream()
                .flatMap(p -> p.publicPatterns().stream())
                .toArray(String[]::new);
        String[] modulesPublicPosts = publicPages
                .orderedStream()
                .flatMap(p -> p.publicPostPatterns().stream())
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                .permitAll()
                .requestMatchers(HttpMethod.GET, modulesPublic)
                .permitAll()
                // HEAD is GET without the body: a proxy or CDN revalidating the public archive asks with it.
                .requestMatchers(HttpMethod.HEAD, modulesPublic)
                .permitAll()
                .requestMatchers(HttpMethod.POST, modulesPublicPosts)
                .permitAll()
                .requestMatchers("/actuator/prometheus")
                .access(loopbackOrAdmin())
                .requestMatchers("/admin/**", "/dev/**")
                .hasRole("ADMIN")
                .requestMatchers("/webauthn/register/**", "/webauthn/register", "/account/passkeys/**")
                .hasAuthority(HeadsUpPrincipal.AUTHORITY_STAFF)
                // An authority account with no role (and so no AUTHORITY_STAFF) reaches its own account only.
                .requestMatchers("/account", "/account/password")
                .authenticated()
                .anyRequest()
                .hasAnyAuthority(HeadsUpPrincipal.AUTHORITY_STAFF, HeadsUpPrincipal.SCHOOL_STAFF));
        // A signed-out request for a protected page is sent to sign in with its address in a cookie rather than a
        // session: such requests create no session row (anyone could otherwise grow the table), issue 20 item 10.
        http.requestCache(cache -> cache.requestCache(RETURN_ADDRESS));
        // Spring Security serves passkey registration options before the rules above apply: refuse them too.
        http.addFilterAfter(new PasskeyRegistrationGuard(), SecurityContextHolderFilter.class);
        // A school user whose appointments the directory ended (or changed) since they signed in is signed out.
        http.addFilterAfter(new SchoolPostsCheck(directory, caches), SecurityContextHolderFilter.class);

        // Password guessing waits per client and address, and stops per client (issue 20 item 6): before the check.
        http.addFilterBefore(new PasswordThrottleFilter(passwordThrottle), UsernamePasswordAuthenticationFilter.class);
        http.formLogin(form -> form.loginPage("/sign-in")
                .loginProcessingUrl("/sign-in/password")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(new PasswordSignInSuccess())
                .failureHandler(forwardTo("/sign-in/password/failed"))
                .permitAll());

        http.oneTimeTokenLogin(ott -> ott.tokenService(tokens)
                .authenticationProvider(new OneTimeTokenAuthenticationProvider(tokens, staff.schoolStaff()))
                .tokenGeneratingUrl(SignInLinks.REQUEST_PATH)
                .generateRequestResolver(links)
                .tokenGenerationSuccessHandler(links)
                .loginProcessingUrl(SignInLinks.LINK_PATH)
                .loginPage("/sign-in")
                .showDefaultSubmitPage(false)
                .authenticationSuccessHandler(returnToSavedAddress())
                .authenticationFailureHandler((request, response, e) ->
                        response.sendRedirect(request.getContextPath() + "/sign-in/link/problem")));

        ProviderManager passkeySignIn = new ProviderManager(new Passkeys(relyingParty, staff));
        passkeySignIn.setAuthenticationEventPublisher(events);
        http.webAuthn(passkeys -> passkeys.creationOptionsRepository(new SessionCreationOptions())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(passkeySignIn);
                        return filter;
                    }
                }));

        if (openIdConnect.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .failureHandler((request, response, e) ->
                            response.sendRedirect(request.getContextPath() + "/sign-in?oidc-failed")));
        }

        http.logout(logout ->
                logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out").permitAll());
        http.exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> response.sendError(403)));
        http.headers(SecurityHeaders::apply);
        return http.build();
    }

    /**
     * Spring Security's firewall with its default rules; only its checks of header names and values (and parameter
     * names) go without a regular expression ({@link HeaderCharacters}).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::name);
        firewall.setAllowedHeaderValues(HeaderCharacters::value);
        firewall.setAllowedParameterNames(HeaderCharacters::name);
        return firewall;
    }

    /** The requests the visitor chain takes, shared with the observation predicate below. */
    @Bean
    VisitorPageRequests visitorPageRequests(ObjectProvider<PublicPages> publicPages) {
        return new VisitorPageRequests(publicPages.orderedStream());
    }

    /**
     * Visitors' pages (the register, published editions) are not timed one by one in {@code http.server.requests}:
     * the observation was a tenth of a kept page's CPU (JFR, bench/recognition.sh's page). Their page caches count
     * every hit and miss ({@code cache.gets}, {@code platform.Caches}); everything else is timed as before.
     */
    @Bean
    ObservationPredicate visitorPagesNotTimed(VisitorPageRequests visitorPages) {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && visitorPages.matches(server.getCarrier()));
    }

    /**
     * Public pages that a visitor without a session gets the same whoever they are (the register from its page cache,
     * {@code platform.KeptPage}): GET or HEAD of the paths modules list as {@link PublicPages#visitorPagePatterns()},
     * without a session cookie, go through this chain instead of the application's. Such a request is anonymous on
     * either chain, and these paths are open to anyone; this one only skips what an anonymous GET of a public page
     * does not use: loading a security context from a session, the CSRF token (nothing here changes anything),
     * sign-out, the servlet API's wrapper, session management. The security
     * headers are the same as on every page, from {@link SecurityHeaders}. A kept register page costs an eighth less CPU
     * through it, a fifth less outside the kernel (docs/notes/recognition.md, "Register against nginx").
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE) // asked first: its matcher answers most requests from their first characters
    @ConditionalOnWebApplication
    SecurityFilterChain visitorPages(HttpSecurity http, VisitorPageRequests visitorPages) throws Exception {
        http.securityMatcher(visitorPages)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.disable())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                // A page that turns out to be for signed-in readers only (a bulletin series' archive) sends the visitor
                // to sign in and back, as the application's chain does.
                .requestCache(cache -> cache.requestCache(RETURN_ADDRESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(403)))
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /** Metrics for a Prometheus server on the same machine (or a management port), or for administrators. */
    private static AuthorizationManager<RequestAuthorizationContext> loopbackOrAdmin() {
        return (authentication, context) -> {
            String address = context.getRequest().getRemoteAddr();
            boolean loopback =
                    address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
            Authentication who = authentication.get();
            boolean admin = who != null
                    && who.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
            return new AuthorizationDecision(loopback || admin);
        };
    }

    /** Passkeys belong to this site's host name; browsers accept them only from its own origin. */
    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            Site site,
            Authority authority) {
        URI base = site.baseUrl();
        String origin = base.getScheme() + "://" + base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "");
        return new Webauthn4JRelyingPartyOperations(
                users,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(base.getHost())
                        .name(authority.serviceName() + " – " + authority.name())
                        .build(),
                Set.of(origin));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    private static SimpleUrlAuthenticationFailureHandler forwardTo(String path) {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler(path);
        handler.setUseForward(true);
        return handler;
    }

    /** Someone signing in with a one-time password is asked to choose their own before anything else. */
    static final class PasswordSignInSuccess implements AuthenticationSuccessHandler {
        private final SavedRequestAwareAuthenticationSuccessHandler otherwise = returnToSavedAddress();

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            if (authentication.getPrincipal() instanceof HeadsUpPrincipal principal && principal.mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + "/account/password?first");
                return;
            }
            otherwise.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
