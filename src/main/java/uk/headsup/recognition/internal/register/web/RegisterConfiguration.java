package uk.headsup.recognition.internal.register.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.headsup.platform.Caches;
import uk.headsup.recognition.internal.awards.AwardChanges;
import uk.headsup.recognition.internal.awards.Awards;

@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

    /** Just after Spring Security's filters, before Spring MVC (as the bulletins' archive page cache). */
    @Bean
    FilterRegistrationBean<RegisterPageCache> recognitionRegisterPageCache(
            Awards awards, AwardChanges changes, Caches caches) {
        FilterRegistrationBean<RegisterPageCache> registration =
                new FilterRegistrationBean<>(new RegisterPageCache(awards, changes, caches));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns(RegisterPageCache.PATH);
        registration.setName("recognitionRegisterPageCache");
        return registration;
    }
}
