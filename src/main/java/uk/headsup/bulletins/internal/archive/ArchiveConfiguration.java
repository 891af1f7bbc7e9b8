package uk.headsup.bulletins.internal.archive;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    /**
     * Just after Spring Security's filters (its rules and headers apply to cached pages as to any other), before
     * Spring MVC: a cached page needs no controller, view or model (issue 20, item 9: it used to be answered by a
     * Tomcat valve ahead of everything, with headers of its own).
     */
    @Bean
    FilterRegistrationBean<ArchivePageCache.Filter> archivePageCacheFilter(ArchivePageCache cache) {
        FilterRegistrationBean<ArchivePageCache.Filter> registration = new FilterRegistrationBean<>(cache.new Filter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/bulletins/*");
        registration.setName("archivePageCache");
        return registration;
    }
}
