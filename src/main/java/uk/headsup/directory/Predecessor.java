package uk.headsup.directory;

import java.time.LocalDate;

/**
 * An establishment that came before another in GIAS's links (a school that converted to an academy, amalgamated or
 * closed and reopened under a new URN), directly or through others.
 *
 * @param organisationId its id in the directory, or null if the directory never held it
 * @param name its name in the directory, or null if the directory never held it
 * @param linkType as GIAS words it, such as "Predecessor" or "Predecessor - amalgamated"
 * @param since when the link was established, or null
 */
public record Predecessor(String urn, Long organisationId, String name, String linkType, LocalDate since) {}
