package uk.headsup.bulletins.internal.series.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import uk.headsup.bulletins.internal.series.Series;

/**
 * A series' name, description, default sections, schedule (the weekly's day, and the time a weekly or daily comes out)
 * and who may read its archive, as typed, in the order of the page; {@link SeriesFormValidator} checks it. The name is
 * stripped as it is bound; a field missing from the request is blank.
 */
record SeriesForm(
        @NotBlank(message = "Enter the series’ name")
        @Size(max = 80, message = "The name must be 80 characters or fewer")
        String name,

        String description,

        @NotBlank(message = "Enter at least one section, one a line")
        String sections,

        String publishDay,
        String publishTime,

        @Pattern(regexp = "public|signed-in", message = "Select who can read the archive")
        String visibility) {

    SeriesForm {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description;
        sections = sections == null ? "" : sections;
        publishDay = publishDay == null ? "" : publishDay.strip();
        publishTime = publishTime == null ? "" : publishTime.strip();
        visibility = visibility == null ? "" : visibility;
    }

    static SeriesForm of(Series s) {
        return new SeriesForm(
                s.name(),
                s.description(),
                String.join("\n", s.defaultSections()),
                s.publishDay() == null ? "" : s.publishDay().name(),
                s.publishTime() == null ? "" : s.publishTime().toString(),
                s.publicArchive() ? "public" : "signed-in");
    }

    /** The sections, one a line, without blank lines or repeats. */
    List<String> sectionList() {
        return Arrays.stream(sections.split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
