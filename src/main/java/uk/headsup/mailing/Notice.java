package uk.headsup.mailing;

import java.util.Objects;

/**
 * A short message to many people that mailing renders itself, each greeted by name: a reminder to the schools a
 * reach report found, a nudge to book. Started with {@link Mailshots#startNotice}.
 *
 * @param body paragraphs separated by blank lines, plain text
 * @param actionText the button's words, e.g. "Read the Fair Access Protocol dates" (optional, with actionUrl)
 * @param actionTag what clicks on the button count as, e.g. {@code article:17}
 */
public record Notice(String subject, String body, String actionText, String actionUrl, String actionTag) {

    public Notice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if ((actionText == null) != (actionUrl == null)) {
            throw new IllegalArgumentException("A call to action needs both its words and its address");
        }
    }
}
