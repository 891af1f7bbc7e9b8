package uk.headsup.directory.internal.contacts;

import java.util.List;
import org.springframework.validation.Errors;

/** A post's job title and the areas it answers for, one a line. */
public class PostForm {

    private String title = "";
    private String areas = "";

    static PostForm of(Posts.Post post) {
        PostForm form = new PostForm();
        form.setTitle(post.title());
        form.setAreas(String.join("\n", post.areas()));
        return form;
    }

    void check(Errors errors) {
        if (title.isBlank()) {
            errors.rejectValue("title", "required", "Enter the post’s job title");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "tooLong", "Job title must be 200 characters or fewer");
        }
        if (areaList().size() > 20) {
            errors.rejectValue("areas", "tooMany", "Enter 20 areas or fewer");
        } else if (areaList().stream().anyMatch(a -> a.length() > 200)) {
            errors.rejectValue("areas", "tooLong", "Each area must be 200 characters or fewer");
        }
    }

    List<String> areaList() {
        return areas.lines()
                .map(a -> a.strip().replaceAll("\\s+", " "))
                .filter(a -> !a.isEmpty())
                .distinct()
                .toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas == null ? "" : areas.strip();
    }
}
