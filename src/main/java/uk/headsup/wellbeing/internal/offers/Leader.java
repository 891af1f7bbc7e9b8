package uk.headsup.wellbeing.internal.offers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.directory.StaffMember;

/**
 * Someone at a school or setting looking for support, as offers are matched to them: their roles and their
 * organisations' phases today, and when they first became a head in the authority (if ever).
 */
public record Leader(Set<OrganisationRole> roles, Set<Phase> phases, Optional<LocalDate> headSince) {

    public static Optional<Leader> of(String email, Directory directory) {
        return directory.staffMember(email).map(member -> of(member, directory.headshipSince(email)));
    }

    public static Leader of(StaffMember member, Optional<LocalDate> headSince) {
        return new Leader(
                member.roles(),
                member.posts().stream()
                        .map(StaffMember.Post::phase)
                        .filter(p -> p != null)
                        .collect(Collectors.toSet()),
                headSince);
    }

    /** Whole years as a head by that date, if a head at all. */
    public Optional<Long> yearsAsHead(LocalDate on) {
        return headSince.map(since -> ChronoUnit.YEARS.between(since, on));
    }
}
