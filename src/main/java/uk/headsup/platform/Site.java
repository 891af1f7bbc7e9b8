package uk.headsup.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where users reach this Heads Up ({@code HEADSUP_BASE_URL}); links in emails and passkeys depend on it.
 */
@ConfigurationProperties("headsup")
public record Site(URI baseUrl) {

    /** An absolute link to a path of this site, for emails. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
