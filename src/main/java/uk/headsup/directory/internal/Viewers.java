package uk.headsup.directory.internal;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;

/**
 * Tells who is viewing from Spring Security's authentication. The accounts module grants authority staff
 * {@value #AUTHORITY_STAFF} (and {@value #ADMIN} to administrators); school and setting staff are found in the
 * directory by their email (the authentication's name), so what they see follows their roles today.
 */
@Component
public class Viewers {

    public static final String AUTHORITY_STAFF = "ROLE_AUTHORITY_STAFF";
    public static final String ADMIN = "ROLE_ADMIN";

    private final Directory directory;

    Viewers(Directory directory) {
        this.directory = directory;
    }

    public Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Viewer(null, false, false, List.of());
        }
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        if (authorities.contains(AUTHORITY_STAFF)) {
            return new Viewer(authentication.getName(), true, authorities.contains(ADMIN), List.of());
        }
        List<Long> organisations = directory
                .staffMember(authentication.getName())
                .map(member -> member.posts().stream()
                        .map(StaffMember.Post::organisationId)
                        .distinct()
                        .toList())
                .orElse(List.of());
        return new Viewer(authentication.getName(), false, false, organisations);
    }
}
