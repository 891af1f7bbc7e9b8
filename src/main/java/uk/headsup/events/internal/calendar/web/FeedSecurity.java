package uk.headsup.events.internal.calendar.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import uk.headsup.platform.SecurityHeaders;

/**
 * Calendar feeds are fetched by calendar programs that cannot sign in: the private token in the address is the
 * credential. They get a filter chain of their own, before the application's: no session, no CSRF (GET only), the
 * security headers of every page ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnWebApplication
    SecurityFilterChain calendarFeedSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(CalendarController.FEEDS + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }
}
