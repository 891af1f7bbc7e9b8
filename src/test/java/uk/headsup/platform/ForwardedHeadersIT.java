package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.core.env.Environment;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Forwarded headers are believed only from configured proxies, none by default (issue 20, item 5). Tomcat's
 * default pattern trusts every private address (10/8, 172.16/12, 192.168/16), so a staff PC on the LAN could
 * forge {@code X-Forwarded-For}; Spring Boot hands the pattern to Tomcat's RemoteIpValve as it is, and an empty
 * one trusts no one.
 */
@HeadsUpIntegrationTest
class ForwardedHeadersIT {

    @Autowired
    Environment environment;

    @Test
    void noProxyIsTrustedUnlessConfigured() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        TomcatServerProperties.Remoteip remoteIp = Binder.get(environment)
                .bind("server.tomcat", TomcatServerProperties.class)
                .orElseGet(TomcatServerProperties::new)
                .getRemoteip();
        assertThat(remoteIp.getInternalProxies()).as("internal proxies").isEmpty();
        assertThat(remoteIp.getTrustedProxies()).as("trusted proxies").isNullOrEmpty();
    }
}
