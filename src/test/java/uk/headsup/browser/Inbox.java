package uk.headsup.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One person's inbox on the {@link MailServer}: it counts from the moment it is opened, so each journey sees
 * only the messages sent to that address since.
 */
final class Inbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final GreenMail server = MailServer.get();
    private final String address;
    private int seen;

    private Inbox(String address) {
        this.address = address;
        this.seen = messages().size();
    }

    static Inbox of(String address) {
        return new Inbox(address);
    }

    /** Waits for the next message to this address, as its recipient would, and reads it. */
    ReceivedEmail awaitNext() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            int everyone = server.getReceivedMessages().length;
            List<MimeMessage> mine = messages();
            if (mine.size() > seen) {
                return ReceivedEmail.of(mine.get(seen++));
            }
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            // Waits for the server to receive any further message, then looks again.
            assertThat(left > 0 && server.waitForIncomingEmail(left, everyone + 1))
                    .as("an email to %s within %s", address, PATIENCE)
                    .isTrue();
        }
    }

    /** How many messages have reached this address that have not been read with {@link #awaitNext()}. */
    int unread() {
        return messages().size() - seen;
    }

    private List<MimeMessage> messages() {
        return Arrays.stream(server.getReceivedMessages()).filter(this::isToMe).toList();
    }

    /**
     * Messages to this address, less published editions ({@code <edition-42.7@host>}): another journey may publish
     * one to the demo county's people at any time, and a journey waits for the message its own story causes.
     */
    private boolean isToMe(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && id.startsWith("<edition-")) {
                return false;
            }
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
