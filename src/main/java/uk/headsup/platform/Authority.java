package uk.headsup.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The authority that runs this Heads Up: its name, logo and contact line appear on every page and email.
 *
 * @param name the authority, e.g. "Elmshire County Council"
 * @param serviceName the service name in the header, e.g. "Heads Up"
 * @param team the team that runs the service, e.g. "Education Services"
 * @param contactLine how to reach that team, shown in the footer and in emails
 * @param logo the path or URL of the authority's logo
 * @param laCodes the authority's local authority codes in GIAS ("LA (code)", e.g. 937): whose establishments the
 *     GIAS import keeps
 */
@ConfigurationProperties("headsup.authority")
public record Authority(
        String name, String serviceName, String team, String contactLine, String logo, List<String> laCodes) {

    public Authority {
        laCodes = laCodes == null ? List.of() : List.copyOf(laCodes);
    }
}
