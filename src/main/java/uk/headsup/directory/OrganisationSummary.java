package uk.headsup.directory;

/**
 * A school or setting as other modules record it at a moment (who excluded a pupil, say): its names and where it
 * stands. Record its URN: {@link Directory#predecessors(String)} ties a later academy or successor to the school it
 * was, through GIAS's links.
 *
 * @param urn the DfE's unique reference number, or null
 * @param district its district, or null
 * @param trust the name of its trust, or null
 */
public record OrganisationSummary(long id, String name, String urn, String district, String trust) {}
