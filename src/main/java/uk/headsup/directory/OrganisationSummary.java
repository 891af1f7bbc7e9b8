package uk.headsup.directory;

/**
 * A school or setting as other modules record it at a moment (who excluded a pupil, say): its names and where it
 * stands. The directory keeps no GIAS predecessor links, so a URN recorded today is all that ties a later academy
 * to the school it was.
 *
 * @param urn the DfE's unique reference number, or null
 * @param district its district, or null
 * @param trust the name of its trust, or null
 */
public record OrganisationSummary(long id, String name, String urn, String district, String trust) {}
