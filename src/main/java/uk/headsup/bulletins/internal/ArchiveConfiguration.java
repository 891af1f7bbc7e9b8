package uk.headsup.bulletins.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    /** Before every other filter (Spring Session, Spring Security, metrics): a cached page costs almost nothing. */
    @Bean
    FilterRegistrationBean<ArchivePageCache.Filter> archivePageCacheFilter(ArchivePageCache cache) {
        FilterRegistrationBean<ArchivePageCache.Filter> registration = new FilterRegistrationBean<>(cache.new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/bulletins/*");
        registration.setName("archivePageCache");
        return registration;
    }
}
