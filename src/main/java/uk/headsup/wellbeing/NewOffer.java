package uk.headsup.wellbeing;

import java.time.LocalDate;
import java.util.Set;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/**
 * A support offer to add to the catalogue.
 *
 * @param roles the roles it is for (empty: every school and setting leader)
 * @param phases the phases it is for (empty: every phase)
 * @param maxYearsAsHead for the first so many years of headship only (null: whatever the tenure)
 * @param cost "Free" or a price, as the page shows it
 * @param capacity places available (null: not limited)
 * @param phone for direct access, the number to call (null if none)
 * @param link for direct access, the web address to go to (null if none)
 */
public record NewOffer(
        String title,
        String provider,
        OfferKind kind,
        String description,
        Set<OrganisationRole> roles,
        Set<Phase> phases,
        Integer maxYearsAsHead,
        String cost,
        Integer capacity,
        OfferAccess access,
        String phone,
        String link,
        LocalDate availableUntil) {

    public NewOffer {
        roles = Set.copyOf(roles);
        phases = Set.copyOf(phases);
    }
}
