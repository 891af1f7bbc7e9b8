package uk.headsup.events.internal.calendar.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import uk.headsup.events.internal.calendar.CalendarFeeds;

/**
 * A calendar of meetings for an academic year, as typed into its form; {@link SeriesFormValidator} checks it and
 * makes the {@link uk.headsup.events.NewSeries}. Text is stripped as it is bound; a field missing from the request is
 * blank.
 */
record SeriesForm(
        @NotBlank(message = "Enter the name of the calendar, like Fair Access Protocol panels")
        String title,

        String description,
        String academicYear,
        List<String> roles) {

    SeriesForm {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        academicYear = academicYear == null ? "" : academicYear.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static SeriesForm of(CalendarFeeds.Series series) {
        return new SeriesForm(
                series.title(),
                series.description(),
                series.academicYear(),
                series.audience().roles().stream().map(Enum::name).sorted().toList());
    }
}
