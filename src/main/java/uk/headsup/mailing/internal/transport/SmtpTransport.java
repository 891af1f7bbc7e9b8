package uk.headsup.mailing.internal.transport;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends over SMTP ({@code spring.mail.*}: host, port, STARTTLS, authentication). Each worker keeps one connection
 * open and sends many messages over it, each with the stable Message-ID it was given in the outbox. Every connection
 * has connect, read and write timeouts (Jakarta Mail has none by default, so a server that stops answering without
 * closing the connection would hold its worker for good); {@code spring.mail.properties.mail.smtp.*} set by the
 * operator take precedence.
 */
public class SmtpTransport implements Transport {

    private final JavaMailSenderImpl sender;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final InternetAddress from;
    private final String fromHeader;
    private final int messagesPerConnection;

    public SmtpTransport(
            JavaMailSenderImpl sender,
            InternetAddress from,
            int messagesPerConnection,
            Duration connectTimeout,
            Duration readTimeout) {
        this.sender = withTimeouts(sender, connectTimeout, readTimeout);
        this.from = from;
        this.fromHeader = from.toString(); // the display name encoded once, if it needs to be
        this.messagesPerConnection = messagesPerConnection;
    }

    /** Timeouts for {@code smtp} and {@code smtps} connections, unless the operator set their own. */
    static JavaMailSenderImpl withTimeouts(JavaMailSenderImpl sender, Duration connect, Duration read) {
        Properties properties = sender.getJavaMailProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", String.valueOf(connect.toMillis()));
            properties.putIfAbsent("mail." + protocol + ".timeout", String.valueOf(read.toMillis()));
            properties.putIfAbsent("mail." + protocol + ".writetimeout", String.valueOf(read.toMillis()));
        }
        sender.setJavaMailProperties(properties); // a session made before now is made again with them
        return sender;
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
        private boolean connected;

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
            Outcome outcome = attempt(mime);
            if (outcome instanceof Outcome.Unreachable && carried > 0) {
                // a connection that had carried messages may have been dropped while idle: one try on a fresh one
                close();
                broken = false;
                carried = 0;
                outcome = attempt(mime);
            }
            return outcome;
        }

        private Outcome attempt(SMTPMessage mime) {
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

        /** Connects if not connected; never asks the server whether it still is (that is a NOOP per message). */
        private void connect() throws MessagingException {
            if (transport == null) {
                transport = session.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            }
            if (!connected) {
                transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                connected = true;
            }
        }

        @Override
        public boolean usable() {
            return !broken && carried < messagesPerConnection;
        }

        @Override
        public void close() {
            connected = false;
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
     * The message as Jakarta Mail's transport needs it: addresses for the SMTP envelope, and the MIME bytes written by
     * {@link MimeWriter}. The recipient's address is checked here: a malformed one is never sent.
     */
    SMTPMessage mime(Session session, OutgoingMessage message) throws MessagingException {
        InternetAddress to = new InternetAddress(message.to(), true);
        byte[] bytes = MimeWriter.write(message, fromHeader, ZonedDateTime.now(LONDON));
        WrittenMessage mime = new WrittenMessage(session, bytes, message.messageId());
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, to);
        if (message.envelopeFrom() != null) {
            mime.setEnvelopeFrom(message.envelopeFrom());
        }
        return mime;
    }

    /** 5xx: the address bounces; 4xx: try later; no reply at all: the server is unreachable. */
    public static Outcome classify(Throwable failure) {
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

    /** A message whose bytes are already written: Jakarta Mail only hands them to the server. */
    private static final class WrittenMessage extends SMTPMessage {
        private final byte[] bytes;
        private final String messageId;

        WrittenMessage(Session session, byte[] bytes, String messageId) {
            super(session);
            this.bytes = bytes;
            this.messageId = messageId;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(bytes);
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(bytes);
        }

        @Override
        public String getMessageID() {
            return messageId;
        }

        @Override
        public int getSize() {
            return bytes.length;
        }
    }
}
