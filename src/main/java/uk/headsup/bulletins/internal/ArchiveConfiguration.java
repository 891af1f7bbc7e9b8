package uk.headsup.bulletins.internal;

import org.apache.catalina.Engine;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
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

    /**
     * Cached pages are answered inside Tomcat by a valve on the engine's pipeline: after the proxy headers valve (so
     * that a request forwarded over HTTPS is known as such, for HSTS), before the host's and the context's valves and
     * the filters, none of which a cached page needs.
     */
    @Bean
    TomcatContextCustomizer archivePageValve(ArchivePageCache cache) {
        CachedPages pages = cache.cached();
        return context ->
                ((Engine) context.getParent().getParent()).getPipeline().addValve(new ArchivePageValve(pages));
    }

    /**
     * Tomcat writes a response to the socket in pieces the size of its write buffer (8 KB by default); an edition
     * page is 10-30 KB, so a larger buffer sends it in one write.
     */
    @Bean
    TomcatConnectorCustomizer largerSocketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", "32768");
    }
}
