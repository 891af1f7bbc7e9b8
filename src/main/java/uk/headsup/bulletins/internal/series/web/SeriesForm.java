package uk.headsup.bulletins.internal.series.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.internal.series.Series;

/**
 * A series' name, description, default sections, schedule (the weekly's day, and the time a weekly or daily comes
 * out) and whether its archive is public.
 */
public class SeriesForm {

    private String name = "";
    private String description = "";
    private String sections = "";
    private String visibility = "";
    private String publishDay = "";
    private String publishTime = "";

    static SeriesForm of(Series s) {
        SeriesForm f = new SeriesForm();
        f.name = s.name();
        f.description = s.description();
        f.sections = String.join("\n", s.defaultSections());
        f.visibility = s.publicArchive() ? "public" : "signed-in";
        f.publishDay = s.publishDay() == null ? "" : s.publishDay().name();
        f.publishTime = s.publishTime() == null ? "" : s.publishTime().toString();
        return f;
    }

    public record Checked(
            String name,
            String description,
            List<String> sections,
            boolean publicArchive,
            DayOfWeek publishDay,
            LocalTime publishTime) {}

    /** Checks the form for a series of this kind: specials have no schedule, dailies no day. */
    Checked check(Series.Kind kind, Errors errors) {
        DayOfWeek day = null;
        if (kind == Series.Kind.WEEKLY) {
            try {
                day = DayOfWeek.valueOf(publishDay.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("publishDay", "required", "Select the day it comes out");
            }
        }
        LocalTime time = null;
        if (kind != Series.Kind.SPECIAL) {
            String t = publishTime.strip();
            try {
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                errors.rejectValue(
                        "publishTime", "format", "Enter the time it comes out as hours and minutes, like 08:00");
            }
        }
        List<String> titles = Arrays.stream(sections.split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        if (name.isBlank()) {
            errors.rejectValue("name", "required", "Enter the series’ name");
        } else if (name.strip().length() > 80) {
            errors.rejectValue("name", "long", "The name must be 80 characters or fewer");
        }
        if (titles.isEmpty()) {
            errors.rejectValue("sections", "required", "Enter at least one section, one a line");
        }
        if (!visibility.equals("public") && !visibility.equals("signed-in")) {
            errors.rejectValue("visibility", "required", "Select who can read the archive");
        }
        return errors.hasErrors()
                ? null
                : new Checked(name.strip(), description.strip(), titles, visibility.equals("public"), day, time);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getSections() {
        return sections;
    }

    public void setSections(String sections) {
        this.sections = sections == null ? "" : sections;
    }

    public String getPublishDay() {
        return publishDay;
    }

    public void setPublishDay(String publishDay) {
        this.publishDay = publishDay == null ? "" : publishDay;
    }

    public String getPublishTime() {
        return publishTime;
    }

    public void setPublishTime(String publishTime) {
        this.publishTime = publishTime == null ? "" : publishTime;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility == null ? "" : visibility;
    }
}
