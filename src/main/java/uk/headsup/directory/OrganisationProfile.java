package uk.headsup.directory;

/**
 * What other modules may know of one school or setting: enough to check who may apply for something together.
 *
 * @param phase the phase, or null if it has none
 * @param district the district, or null
 * @param trustId the academy trust it belongs to, or null
 * @param open whether it is open (not closed)
 */
public record OrganisationProfile(
        long id, OrganisationKind kind, String name, Phase phase, String district, Long trustId, boolean open) {

    public boolean primary() {
        return phase == Phase.PRIMARY || phase == Phase.MIDDLE_DEEMED_PRIMARY;
    }
}
