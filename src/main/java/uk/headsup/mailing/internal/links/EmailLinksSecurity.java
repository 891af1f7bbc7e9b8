package uk.headsup.mailing.internal.links;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.headsup.platform.SecurityHeaders;

/**
 * The links in emails ({@code /email/**}) work without signing in and without a session: each carries its own
 * signature, which is what authorises it. So there is no CSRF token (a mail client's RFC 8058 one-click unsubscribe
 * is a POST with no cookie), and no session is created. Nothing else is reachable through this chain. The security
 * headers are those of every page ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EmailLinksSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain emailLinksFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/email/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders::apply);
        return http.build();
    }
}
