package uk.headsup.safeguarding.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.headsup.assessment.Actor;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;

/**
 * Who is looking at an audit page, and what they may do: the safeguarding officer (or an administrator) reads
 * every return and reviews it; a school's DSL or headteacher completes their own organisation's return. Nobody
 * else sees a return: other schools, editors and events officers get "not found".
 *
 * @param organisations where this person is DSL or headteacher today
 */
record Viewer(String email, String name, boolean officer, Set<Long> organisations) {

    static final Set<OrganisationRole> COMPLETES = Set.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER);

    static Viewer of(Authentication authentication, Directory directory) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String email = authentication.getName();
        if (authorities.contains("ROLE_AUTHORITY_STAFF")) {
            boolean officer = authorities.contains("ROLE_SAFEGUARDING_OFFICER") || authorities.contains("ROLE_ADMIN");
            return new Viewer(email, email, officer, Set.of());
        }
        return directory
                .staffMember(email)
                .map(s -> new Viewer(
                        email,
                        s.name(),
                        false,
                        s.posts().stream()
                                .filter(p -> COMPLETES.contains(p.role()))
                                .map(StaffMember.Post::organisationId)
                                .collect(Collectors.toSet())))
                .orElse(new Viewer(email, email, false, Set.of()));
    }

    boolean completes(AuditReturn r) {
        return organisations.contains(r.organisationId());
    }

    boolean mayRead(AuditReturn r) {
        return officer || completes(r);
    }

    Actor actor() {
        return new Actor(email, name);
    }
}
