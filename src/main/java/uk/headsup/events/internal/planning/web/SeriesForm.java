package uk.headsup.events.internal.planning.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import uk.headsup.directory.Audience;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.NewSeries;
import uk.headsup.events.internal.calendar.CalendarFeeds;

/** A calendar of meetings for an academic year, as typed into its form. */
public class SeriesForm {

    private String title = "";
    private String description = "";
    private String academicYear = "";
    private List<String> roles = new ArrayList<>();

    static SeriesForm of(CalendarFeeds.Series series) {
        SeriesForm f = new SeriesForm();
        f.title = series.title();
        f.description = series.description() == null ? "" : series.description();
        f.academicYear = series.academicYear();
        f.roles = series.audience().roles().stream().map(Enum::name).sorted().collect(Collectors.toList());
        return f;
    }

    NewSeries check(Errors errors) {
        if (title.isBlank()) {
            errors.rejectValue("title", "required", "Enter the name of the calendar, like Fair Access Protocol panels");
        }
        if (!academicYear.matches("20\\d\\d/\\d\\d")
                || Integer.parseInt(academicYear.substring(5))
                        != (Integer.parseInt(academicYear.substring(2, 4)) + 1) % 100) {
            errors.rejectValue("academicYear", "format", "Enter the academic year like 2025/26");
        }
        Set<OrganisationRole> chosen = EnumSet.noneOf(OrganisationRole.class);
        for (String r : roles) {
            try {
                chosen.add(OrganisationRole.valueOf(r));
            } catch (IllegalArgumentException ignored) {
                // not a role: ignored, as a browser would not send it
            }
        }
        if (chosen.isEmpty()) {
            errors.rejectValue("roles", "required", "Choose who the meetings are for");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewSeries(
                title,
                description,
                academicYear,
                Audience.everyone().withRoles(chosen),
                EventForm.audienceLabel(chosen, Set.<Phase>of()));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear == null ? "" : academicYear.strip();
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}
