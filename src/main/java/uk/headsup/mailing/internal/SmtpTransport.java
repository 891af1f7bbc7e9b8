package uk.headsup.mailing.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.headsup.mailing.Attachment;

/**
 * Sends over SMTP ({@code spring.mail.*}: host, port, STARTTLS, authentication), a whole batch over one
 * connection, each message with the stable Message-ID it was given in the outbox.
 */
class SmtpTransport implements Transport {

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;

    SmtpTransport(JavaMailSenderImpl sender, InternetAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public String name() {
        return "smtp " + sender.getHost();
    }

    @Override
    public Map<Long, Outcome> send(List<OutboxMessage> batch) {
        Map<Long, Outcome> outcomes = new HashMap<>();
        Map<MimeMessage, Long> ids = new LinkedHashMap<>(); // MimeMessage has identity equality; keeps outbox order
        for (OutboxMessage message : batch) {
            try {
                ids.put(mime(message), message.id());
            } catch (MessagingException | IllegalArgumentException e) {
                outcomes.put(message.id(), new Outcome.Rejected("Not a valid message: " + e.getMessage()));
            }
        }
        if (ids.isEmpty()) {
            return outcomes;
        }
        try {
            sender.send(ids.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                ids.values().forEach(id -> outcomes.put(id, new Outcome.TryLater(describe(e))));
                return outcomes;
            }
            failed.forEach((message, cause) -> {
                Long id = ids.remove(message);
                if (id != null) {
                    outcomes.put(id, classify(cause));
                }
            });
        } catch (MailException e) {
            ids.values().forEach(id -> outcomes.put(id, new Outcome.TryLater(describe(e))));
            return outcomes;
        }
        ids.values().forEach(id -> outcomes.putIfAbsent(id, new Outcome.Sent()));
        return outcomes;
    }

    /**
     * A multipart/alternative message: the plain-text part first, then the HTML part that clients prefer; with
     * attachments, that pair is the first part of a multipart/mixed message and each file follows it.
     */
    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new StableIdMessage(sender.getSession(), message.messageId());
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.textBody(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (message.attachments().isEmpty()) {
            mime.setContent(alternative);
            return mime;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (Attachment attachment : message.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.filename());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        mime.setContent(mixed);
        return mime;
    }

    static Outcome classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            int code = t instanceof SMTPAddressFailedException a
                    ? a.getReturnCode()
                    : t instanceof SMTPSendFailedException s ? s.getReturnCode() : 0;
            if (code >= 500) {
                return new Outcome.Rejected(code + " " + t.getMessage().trim());
            }
            if (code >= 400) {
                return new Outcome.TryLater(code + " " + t.getMessage().trim());
            }
        }
        return new Outcome.TryLater(describe(failure));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Keeps the Message-ID the outbox assigned, so a resent message is recognisably the same one. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
