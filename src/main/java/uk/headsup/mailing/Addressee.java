package uk.headsup.mailing;

import java.util.List;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** A recipient named by the caller, with what content may be chosen by. */
public record Addressee(
        String name,
        String email,
        Set<OrganisationRole> roles,
        Set<Phase> phases,
        List<MailshotRecipient.Organisation> organisations) {

    public Addressee {
        roles = Set.copyOf(roles);
        phases = Set.copyOf(phases);
        organisations = List.copyOf(organisations);
    }

    public static Addressee of(String name, String email) {
        return new Addressee(name, email, Set.of(), Set.of(), List.of());
    }
}
