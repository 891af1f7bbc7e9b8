package uk.headsup.events;

import uk.headsup.directory.Audience;

/**
 * A calendar of meetings for an academic year, such as the Fair Access Protocol panels of 2025/26, which its
 * audience may subscribe to.
 *
 * @param academicYear such as "2025/26"
 */
public record NewSeries(
        String title, String description, String academicYear, Audience audience, String audienceLabel) {}
