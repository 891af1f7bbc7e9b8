package uk.headsup.mailing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox row a mailshot left for one recipient, read a column at a time, as the mailing tests check it. */
@Component
public class MailshotMessages {

    private final JdbcClient jdbc;

    MailshotMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long id(long mailshotId, String email) {
        return column("id", Long.class, mailshotId, email);
    }

    public String status(long mailshotId, String email) {
        return column("status", String.class, mailshotId, email);
    }

    public String reason(long mailshotId, String email) {
        return column("reason", String.class, mailshotId, email);
    }

    public String text(long mailshotId, String email) {
        return column("text_body", String.class, mailshotId, email);
    }

    private <T> T column(String column, Class<T> type, long mailshotId, String email) {
        return jdbc.sql("select " + column
                        + " from outbox_messages where mailshot_id = :m and lower(recipient) = lower(:e)")
                .param("m", mailshotId)
                .param("e", email)
                .query(type)
                .single();
    }
}
