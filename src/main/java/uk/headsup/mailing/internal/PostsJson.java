package uk.headsup.mailing.internal;

import java.util.Collection;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.mailing.MailshotRecipient;

/**
 * A recipient's posts as stored with their message ({@code outbox_messages.recipient_posts}, jsonb): an array of
 * {@code {"role", "organisationId", "organisationName", "phase"}}, the phase null when unknown. The reach reports
 * read the same fields in SQL ({@code jsonb_array_elements}).
 */
public final class PostsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<MailshotRecipient.Post>> POSTS = new TypeReference<>() {};

    private PostsJson() {}

    public static String write(Collection<MailshotRecipient.Post> posts) {
        return JSON.writeValueAsString(posts);
    }

    public static List<MailshotRecipient.Post> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, POSTS);
    }
}
