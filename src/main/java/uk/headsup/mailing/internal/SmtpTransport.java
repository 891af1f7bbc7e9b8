package uk.headsup.mailing.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.headsup.mailing.Attachment;

/**
 * Sends over SMTP ({@code spring.mail.*}: host, port, STARTTLS, authentication). Each worker keeps one connection
 * open and sends many messages over it, each with the stable Message-ID it was given in the outbox.
 */
class SmtpTransport implements Transport {

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final int messagesPerConnection;

    SmtpTransport(JavaMailSenderImpl sender, InternetAddress from, int messagesPerConnection) {
        this.sender = sender;
        this.from = from;
        this.messagesPerConnection = messagesPerConnection;
    }

    @Override
    public String name() {
        return "smtp " + sender.getHost();
    }

    @Override
    public Connection open() {
        return new SmtpConnection();
    }

    private final class SmtpConnection implements Connection {
        private final Session session = sender.getSession();
        private jakarta.mail.Transport transport;
        private int carried;
        private boolean broken;

        @Override
        public Map<Long, Outcome> send(List<OutgoingMessage> messages, Runnable beforeEach) {
            Map<Long, Outcome> outcomes = new HashMap<>();
            for (OutgoingMessage message : messages) {
                if (broken) {
                    outcomes.put(message.id(), new Outcome.Unreachable("The connection to the server was lost"));
                    continue;
                }
                SMTPMessage mime;
                try {
                    mime = mime(session, message);
                } catch (MessagingException | IllegalArgumentException e) {
                    outcomes.put(message.id(), new Outcome.Rejected("Not a valid message: " + e.getMessage()));
                    continue;
                }
                beforeEach.run();
                outcomes.put(message.id(), deliver(mime));
            }
            return outcomes;
        }

        private Outcome deliver(SMTPMessage mime) {
            try {
                connect();
                transport.sendMessage(mime, mime.getAllRecipients());
                carried++;
                return new Outcome.Sent();
            } catch (MessagingException e) {
                Outcome outcome = classify(e);
                if (outcome instanceof Outcome.Unreachable) {
                    broken = true;
                } else {
                    close(); // a fresh conversation for the next message: never a reply meant for this one
                }
                return outcome;
            }
        }

        private void connect() throws MessagingException {
            if (transport == null) {
                transport = session.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            }
            if (!transport.isConnected()) {
                transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            }
        }

        @Override
        public boolean usable() {
            return !broken && carried < messagesPerConnection;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is dropped either way
                }
            }
        }
    }

    /**
     * A multipart/alternative message: the plain-text part first, then the HTML part that clients prefer; with
     * attachments, that pair is the first part of a multipart/mixed message and each file follows it.
     */
    SMTPMessage mime(Session session, OutgoingMessage message) throws MessagingException {
        SMTPMessage mime = new StableIdMessage(session, message.messageId());
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        if (message.listUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (message.envelopeFrom() != null) {
            mime.setEnvelopeFrom(message.envelopeFrom());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (message.attachments().isEmpty()) {
            mime.setContent(alternative);
        } else {
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
        }
        mime.saveChanges();
        return mime;
    }

    /** 5xx: the address bounces; 4xx: try later; no reply at all: the server is unreachable. */
    static Outcome classify(Throwable failure) {
        if (failure instanceof AddressException) {
            return new Outcome.Rejected("Not a valid address: " + failure.getMessage());
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            int code = t instanceof SMTPAddressFailedException a
                    ? a.getReturnCode()
                    : t instanceof SMTPSendFailedException s ? s.getReturnCode() : 0;
            if (code >= 500) {
                return new Outcome.Bounced(code + " " + t.getMessage().trim());
            }
            if (code >= 400) {
                return new Outcome.TryLater(code + " " + t.getMessage().trim());
            }
        }
        if (failure instanceof SendFailedException) {
            return new Outcome.TryLater(describe(failure));
        }
        return new Outcome.Unreachable(describe(failure));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Keeps the Message-ID the outbox assigned, so a resent message is recognisably the same one. */
    private static final class StableIdMessage extends SMTPMessage {
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
