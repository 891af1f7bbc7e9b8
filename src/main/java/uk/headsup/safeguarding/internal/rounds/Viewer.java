package uk.headsup.safeguarding.internal.rounds;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.GrantedRoles;
import uk.headsup.assessment.Actor;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;

/**
 * Who is looking at an audit page, and what they may do: the safeguarding officer (or an administrator) reads
 * every return and reviews it; a school's DSL or headteacher completes their own organisation's return; its deputy
 * DSLs and governors (chair or safeguarding governor) read it; a trust's safeguarding lead reads the returns of the
 * trust's schools. Nobody else sees a return: other schools, editors and events officers get "not found".
 *
 * @param organisations where this person is DSL or headteacher today
 * @param reads where this person is a deputy DSL or a governor who may sign the return off
 * @param trusts the academy trusts whose safeguarding lead this person is
 */
public record Viewer(
        String email, String name, boolean officer, Set<Long> organisations, Set<Long> reads, Set<Long> trusts) {

    public static final Set<OrganisationRole> COMPLETES = Set.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER);
    public static final Set<OrganisationRole> READS = Set.of(
            OrganisationRole.DEPUTY_DSL, OrganisationRole.SAFEGUARDING_GOVERNOR, OrganisationRole.CHAIR_OF_GOVERNORS);

    public static Viewer of(Authentication authentication, Directory directory) {
        GrantedRoles granted = GrantedRoles.of(authentication);
        String email = authentication.getName();
        if (granted.authorityStaff()) {
            boolean officer = granted.anyOf(AuthorityRole.SAFEGUARDING_OFFICER, AuthorityRole.ADMIN);
            return new Viewer(email, email, officer, Set.of(), Set.of(), Set.of());
        }
        return directory
                .staffMember(email)
                .map(s -> new Viewer(
                        email,
                        s.name(),
                        false,
                        where(s, COMPLETES),
                        where(s, READS),
                        where(s, Set.of(OrganisationRole.TRUST_SAFEGUARDING_LEAD))))
                .orElse(new Viewer(email, email, false, Set.of(), Set.of(), Set.of()));
    }

    private static Set<Long> where(StaffMember s, Set<OrganisationRole> roles) {
        return s.posts().stream()
                .filter(p -> roles.contains(p.role()))
                .map(StaffMember.Post::organisationId)
                .collect(Collectors.toSet());
    }

    public boolean completes(AuditReturn r) {
        return organisations.contains(r.organisationId());
    }

    public boolean mayRead(AuditReturn r) {
        return officer
                || completes(r)
                || reads.contains(r.organisationId())
                || (r.trustId() != null && trusts.contains(r.trustId()));
    }

    /** Whether this person has any return to see outside the authority: completing, reading or as a trust's lead. */
    boolean schoolSide() {
        return !organisations.isEmpty() || !reads.isEmpty() || !trusts.isEmpty();
    }

    public Actor actor() {
        return new Actor(email, name);
    }
}
