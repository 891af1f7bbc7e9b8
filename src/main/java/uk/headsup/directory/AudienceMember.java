package uk.headsup.directory;

/**
 * One person of an audience, with the role that put them in it and where they hold it.
 *
 * @param phase the organisation's phase of education, or null if the directory does not know it
 */
public record AudienceMember(
        long personId,
        String name,
        String email,
        long organisationId,
        String organisationName,
        OrganisationRole role,
        Phase phase) {

    public AudienceMember(
            long personId,
            String name,
            String email,
            long organisationId,
            String organisationName,
            OrganisationRole role) {
        this(personId, name, email, organisationId, organisationName, role, null);
    }
}
