package uk.headsup.assessment;

import uk.headsup.assessment.Framework.OrganisationType;

/**
 * Who a response belongs to: an organisation of the directory, or a group the using module defines (a group of
 * primary schools applying together).
 *
 * @param kind "organisation", or the using module's name for its groups
 * @param type the kind of organisation, which decides the standards that apply; null for all
 */
public record Owner(String kind, long id, String name, OrganisationType type) {

    public static final String ORGANISATION = "organisation";

    public static Owner organisation(long id, String name, OrganisationType type) {
        return new Owner(ORGANISATION, id, name, type);
    }
}
