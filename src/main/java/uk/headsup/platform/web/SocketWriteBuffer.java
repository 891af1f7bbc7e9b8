package uk.headsup.platform.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web server's socket write buffer, for every page: set here, not by one module, since the kept pages of several
 * (the bulletins archive, the recognition register) rely on it.
 */
@Configuration(proxyBeanMethods = false)
class SocketWriteBuffer {

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
