package uk.headsup.recognition.internal;

import java.util.List;
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
 * Who is looking: authority staff (the schemes officer or an administrator; an assessor or specialist with an account
 * of their own), or school and setting staff as the directory knows them.
 */
public record Viewer(String email, String name, boolean authority, boolean officer, List<StaffMember.Post> posts) {

    public static Viewer of(Authentication authentication, Directory directory) {
        GrantedRoles granted = GrantedRoles.of(authentication);
        String email = authentication.getName();
        if (granted.authorityStaff()) {
            boolean officer = granted.anyOf(AuthorityRole.SCHEMES_OFFICER, AuthorityRole.ADMIN);
            return new Viewer(email, email, true, officer, List.of());
        }
        return directory
                .staffMember(email)
                .map(s -> new Viewer(email, s.name(), false, false, s.posts()))
                .orElseGet(() -> new Viewer(email, email, false, false, List.of()));
    }

    public Set<Long> organisations() {
        return posts.stream().map(StaffMember.Post::organisationId).collect(Collectors.toSet());
    }

    /** Where they are headteacher: they answer invitations and propose groups for those schools. */
    public Set<Long> headOf() {
        return posts.stream()
                .filter(p -> p.role() == OrganisationRole.HEADTEACHER)
                .map(StaffMember.Post::organisationId)
                .collect(Collectors.toSet());
    }

    public Actor actor() {
        return new Actor(email, name);
    }
}
