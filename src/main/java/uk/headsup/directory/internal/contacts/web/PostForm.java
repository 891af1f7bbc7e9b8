package uk.headsup.directory.internal.contacts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.headsup.directory.internal.contacts.Posts;

/**
 * A post's job title and the areas it answers for, one a line; {@link PostFormValidator} checks it. Text is stripped
 * as it is bound; a field missing from the request is blank.
 */
record PostForm(
        @NotBlank(message = "Enter the post’s job title")
        @Size(max = 200, message = "Job title must be 200 characters or fewer")
        String title,

        String areas) {

    PostForm {
        title = title == null ? "" : title.strip();
        areas = areas == null ? "" : areas.strip();
    }

    static PostForm of(Posts.Post post) {
        return new PostForm(post.title(), String.join("\n", post.areas()));
    }

    /** The areas, one a line, with their spaces tidied and each once. */
    List<String> areaList() {
        return areas.lines()
                .map(a -> a.strip().replaceAll("\\s+", " "))
                .filter(a -> !a.isEmpty())
                .distinct()
                .toList();
    }
}
