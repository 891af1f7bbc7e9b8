package uk.headsup.events.internal.evaluations.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.headsup.platform.SecurityHeaders;

/**
 * The course evaluation link in a certificate email works without signing in: its unguessable token is the
 * credential, and it can do one thing only, evaluate that person's place at that course once. The form keeps its
 * CSRF token, and the page the security headers of every page ({@link SecurityHeaders}). The results ({@code
 * /events/evaluations}) stay on the application's chain, for events officers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EvaluationLinkSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain evaluationLinkFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EvaluationController.LINKS + "*")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }
}
