package uk.headsup.mailing;

import java.util.Set;

/**
 * One organisation's engagement with a mailshot.
 *
 * @param sent recipients there whose message was sent
 * @param opened recipients there who opened it (only counted when open tracking is on)
 * @param clickedTags the tags of tracked links that anyone there clicked, e.g. {@code article:17}
 */
public record OrganisationReach(long organisationId, String name, int sent, int opened, Set<String> clickedTags) {

    public OrganisationReach {
        clickedTags = Set.copyOf(clickedTags);
    }
}
