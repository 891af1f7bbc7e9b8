package uk.headsup.bulletins.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/** A series' name, description, default sections and whether its archive is public. */
public class SeriesForm {

    private String name = "";
    private String description = "";
    private String sections = "";
    private String visibility = "";

    static SeriesForm of(Series s) {
        SeriesForm f = new SeriesForm();
        f.name = s.name();
        f.description = s.description();
        f.sections = String.join("\n", s.defaultSections());
        f.visibility = s.publicArchive() ? "public" : "signed-in";
        return f;
    }

    record Checked(String name, String description, List<String> sections, boolean publicArchive) {}

    Checked check(Errors errors) {
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
                : new Checked(name.strip(), description.strip(), titles, visibility.equals("public"));
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

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility == null ? "" : visibility;
    }
}
