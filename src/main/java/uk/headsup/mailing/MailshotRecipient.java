package uk.headsup.mailing;

import java.util.List;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * One recipient as a {@link MailshotContent} sees them when their message is rendered.
 *
 * @param roles their roles at the organisations that put them in the mailshot
 * @param phases the phases of those organisations
 * @param unwanted topics they have turned off, such as sections of interest or marketing
 */
public record MailshotRecipient(
        String name,
        String email,
        Set<OrganisationRole> roles,
        Set<Phase> phases,
        List<Organisation> organisations,
        Set<String> unwanted) {

    public record Organisation(long id, String name) {}

    public MailshotRecipient {
        roles = Set.copyOf(roles);
        phases = Set.copyOf(phases);
        organisations = List.copyOf(organisations);
        unwanted = Set.copyOf(unwanted);
    }

    /** Whether they want items of this topic; essential items (a null topic) are always wanted. */
    public boolean wants(String topic) {
        return topic == null || !unwanted.contains(topic);
    }

    /**
     * What the content can depend on besides name and links: recipients of one variant get the same articles, so a
     * content renders each variant once and fills in the name and links.
     */
    public String variant() {
        return roles.stream().map(Enum::name).sorted().toList() + "|"
                + phases.stream().map(Enum::name).sorted().toList() + "|"
                + unwanted.stream().sorted().toList();
    }
}
