package uk.headsup.mailing;

import java.util.List;

/** A recipient named by the caller, with the posts content may be chosen by (none for a plain message). */
public record Addressee(String name, String email, List<MailshotRecipient.Post> posts) {

    public Addressee {
        posts = List.copyOf(posts);
    }

    public static Addressee of(String name, String email) {
        return new Addressee(name, email, List.of());
    }
}
