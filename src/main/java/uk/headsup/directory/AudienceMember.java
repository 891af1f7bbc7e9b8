package uk.headsup.directory;

/** One person of an audience, with the role that put them in it and where they hold it. */
public record AudienceMember(
        long personId,
        String name,
        String email,
        long organisationId,
        String organisationName,
        OrganisationRole role) {}
