package uk.headsup.bulletins.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.headsup.bulletins.Reader;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;

/** A signed-in school or setting user as a reader: their roles today, where, from the directory. */
@Component
public class Readers {

    private final Directory directory;

    Readers(Directory directory) {
        this.directory = directory;
    }

    public Optional<Reader> of(Authentication authentication) {
        if (authentication == null
                || authentication.getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_SCHOOL_STAFF"))) {
            return Optional.empty();
        }
        return byEmail(authentication.getName());
    }

    public Optional<Reader> byEmail(String email) {
        return directory.staffMember(email).map(Readers::reader);
    }

    static Reader reader(StaffMember member) {
        return new Reader(member.posts().stream()
                .map(p -> new Reader.Post(p.role(), p.phase(), p.district() == null ? "" : p.district(), p.clusters()))
                .toList());
    }
}
