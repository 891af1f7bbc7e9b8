package uk.headsup.bulletins.internal.archive;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
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

    /**
     * Tomcat writes a response to the socket in pieces the size of its write buffer (8 KB by default). A kept page of
     * up to about 39 KB with its headers (an edition of ten articles, 22 KB; the register filtered by district and
     * type, 33 KB) goes out in one write with 40 KB: at 32 KB the register needed two, and 15 % more CPU per page
     * (docs/performance.md, "Kept pages on the light chain"). Every open connection holds the buffer: 8 KB more than at 32 KB, 64 MB more at Tomcat's
     * limit of 8,192 connections.
     */
    @Bean
    TomcatConnectorCustomizer largerSocketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", "40960");
    }
}
