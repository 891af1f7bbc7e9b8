package uk.headsup.mailing;

import java.util.Objects;

/**
 * A mailshot to start.
 *
 * @param key unique for what is sent, e.g. {@code edition:42}: a second start with the same key adds nothing
 * @param content the {@link MailshotContent#name()} that renders each message
 * @param reference what that content renders, e.g. the edition's id; handed back to it with each recipient
 * @param title how authority staff know the send, e.g. "Heads Up, 12 September 2026"
 * @param topic the {@link Topic#key()} people can turn off to stop it, or null for essential mail nobody can refuse
 * @param startedBy who started it, for the progress page
 */
public record MailshotRequest(
        String key,
        String content,
        String reference,
        String title,
        String topic,
        Recipients recipients,
        String startedBy) {

    public MailshotRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(recipients, "recipients");
    }
}
