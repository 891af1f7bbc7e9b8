package uk.headsup.directory;

/**
 * A GIAS import found an establishment closed that the directory had open. Published once per closure, in the
 * import's transaction, for the modules that hold work of that organisation (a recognition group it belongs to).
 */
public record OrganisationClosed(long organisationId, String name) {}
