package uk.headsup.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The one cookie Heads Up sets: the session, stored in the database. HttpOnly and SameSite=Lax always;
 * Secure whenever the request came over HTTPS (directly or through a proxy's X-Forwarded-Proto).
 */
@Configuration(proxyBeanMethods = false)
public class SessionCookie {

    public static final String NAME = "HEADSUP_SESSION";

    @Bean
    CookieSerializer sessionCookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(NAME);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }
}
