package uk.headsup.browser;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * An email as it reached the mail server: who it is to, its subject, and its HTML and plain-text parts
 * (null if it has no such part).
 */
record ReceivedEmail(List<String> to, String from, String subject, String html, String text) {

    static ReceivedEmail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedEmail(
                    Arrays.stream(message.getAllRecipients())
                            .map(a -> ((InternetAddress) a).getAddress())
                            .toList(),
                    ((InternetAddress) message.getFrom()[0]).toUnicodeString(),
                    message.getSubject(),
                    parts.html,
                    parts.text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
    }

    /** Walks a MIME tree (mixed, related, alternative) for the first text/html and text/plain bodies. */
    private static final class Parts {
        String html;
        String text;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/plain")
                    && text == null
                    && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                text = (String) part.getContent();
            }
        }
    }
}
