package uk.headsup.accounts;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.headsup.accounts.internal.HeadsUpPrincipal;

/**
 * What a request's authentication grants, as other modules ask it: whether this is authority staff, and which
 * {@link AuthorityRole}s they hold. Read from the granted authorities alone, so it answers the same however they
 * signed in (password, passkey, OpenID Connect, a test's mock user).
 */
public record GrantedRoles(Set<String> authorities) {

    public static GrantedRoles of(Authentication authentication) {
        return new GrantedRoles(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean authorityStaff() {
        return authorities.contains(HeadsUpPrincipal.AUTHORITY_STAFF);
    }

    /** Holds at least one of these roles (an officer's own, or {@link AuthorityRole#ADMIN}). */
    public boolean anyOf(AuthorityRole... roles) {
        return Arrays.stream(roles).anyMatch(role -> authorities.contains("ROLE_" + role.name()));
    }
}
