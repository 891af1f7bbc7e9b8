package uk.headsup.directory;

import java.util.List;

/**
 * How far an audience reaches.
 *
 * @param people distinct people in the audience
 * @param organisationsInScope schools and settings that match the audience's criteria other than roles
 * @param unreached those of them where nobody holds any of the roles: nobody there would hear
 */
public record AudienceReach(int people, int organisationsInScope, List<Unreached> unreached) {

    /** An organisation in scope where nobody matches. */
    public record Unreached(long organisationId, String name, String urn) {}
}
