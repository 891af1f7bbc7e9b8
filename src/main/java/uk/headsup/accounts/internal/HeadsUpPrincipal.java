package uk.headsup.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.directory.OrganisationRole;

/** What Spring Security keeps in the session for a signed-in user. */
public final class HeadsUpPrincipal implements UserDetails, CredentialsContainer {

    public static final String AUTHORITY_STAFF = "ROLE_AUTHORITY_STAFF";
    static final String SCHOOL_STAFF = "ROLE_SCHOOL_STAFF";

    private final SignedInUser user;
    private String passwordHash;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final boolean enabled;

    public HeadsUpPrincipal(SignedInUser user, String passwordHash, boolean locked, boolean mustChangePassword) {
        this(user, passwordHash, locked, mustChangePassword, true);
    }

    public HeadsUpPrincipal(
            SignedInUser user, String passwordHash, boolean locked, boolean mustChangePassword, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
    }

    SignedInUser user() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    public static List<GrantedAuthority> authoritiesOf(SignedInUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.authorityStaff()) {
            // An authority account with no role is signed in, but is staff of nothing: it reaches its own account
            // page only (see SecurityConfiguration), not every page open to authority staff.
            if (!user.authorityRoles().isEmpty()) {
                authorities.add(new SimpleGrantedAuthority(AUTHORITY_STAFF));
            }
            for (AuthorityRole role : user.authorityRoles()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        } else {
            authorities.add(new SimpleGrantedAuthority(SCHOOL_STAFF));
            for (OrganisationRole role : user.organisationRoles()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            }
        }
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** A deactivated account (a leaver) signs in nowhere. */
    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeadsUpPrincipal other && other.user.email().equalsIgnoreCase(user.email());
    }

    @Override
    public int hashCode() {
        return user.email().toLowerCase().hashCode();
    }
}
