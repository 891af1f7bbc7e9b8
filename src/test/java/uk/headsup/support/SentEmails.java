package uk.headsup.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the mailing outbox as a test would read a recipient's inbox, less mailshots. */
public final class SentEmails {

    public record Message(long id, String recipient, String subject, String html, String text, String status) {

        /** The first link in the plain-text part that contains {@code fragment}. */
        public String link(String fragment) {
            Matcher m = Pattern.compile("https?://\\S+").matcher(text);
            while (m.find()) {
                if (m.group().contains(fragment)) {
                    return m.group();
                }
            }
            throw new AssertionError("No link containing " + fragment + " in:\n" + text);
        }
    }

    private final JdbcClient jdbc;

    public SentEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Message> to(String recipient) {
        // Mailshots (editions published by other tests, in the same context) may reach the same demo people at
        // any moment: what a test reads here is the messages sent to the address on their own.
        return jdbc.sql("select id, recipient, subject, html_body, text_body, status from outbox_messages"
                        + " where lower(recipient) = lower(:r) and mailshot_id is null order by id")
                .param("r", recipient)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public Message latestTo(String recipient) {
        List<Message> all = to(recipient);
        if (all.isEmpty()) {
            throw new AssertionError("No email to " + recipient);
        }
        return all.get(all.size() - 1);
    }

    /**
     * The latest message to the address whose text holds this fragment: booking confirmations and reminders queued
     * after commit may land after the message a test is looking for.
     */
    public Message latestTo(String recipient, String fragment) {
        List<Message> all = to(recipient).stream()
                .filter(m -> m.text() != null && m.text().contains(fragment))
                .toList();
        if (all.isEmpty()) {
            throw new AssertionError("No email to " + recipient + " with " + fragment);
        }
        return all.get(all.size() - 1);
    }

    /** Waits, with a deadline, until the outbox worker has sent the message. */
    public Message awaitSent(Message message, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> status = jdbc.sql("select status from outbox_messages where id = :id")
                    .param("id", message.id())
                    .query(String.class)
                    .optional();
            if (status.filter("SENT"::equals).isPresent()) {
                return message;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Message " + message.id() + " was not sent within " + timeout);
    }
}
