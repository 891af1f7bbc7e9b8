package uk.headsup.bulletins.internal.series;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * What an editor may change of a series: its name, description, the sections each new edition starts with, whether
 * its archive is public, and its schedule (the weekly's day; the time a weekly or daily comes out), null where its kind
 * has none.
 */
public record SeriesDetails(
        String name,
        String description,
        List<String> sections,
        boolean publicArchive,
        DayOfWeek publishDay,
        LocalTime publishTime) {

    public SeriesDetails {
        sections = List.copyOf(sections);
    }
}
