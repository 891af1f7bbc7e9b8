package uk.headsup.bulletins.internal.delivery;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.bulletins.PublishedEdition;
import uk.headsup.bulletins.Reader;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.mailing.RenderedEmail;

/**
 * An edition's email before it is approved, as a chosen reader would get it: shown to editors and publishers in
 * HTML and text, and sent to themselves as a test (subject marked "Test:", through the outbox like any message).
 */
@Component
public class EditionEmailPreviews {

    private static final String TEST_TEMPLATE = "bulletins/email/test";

    private final EditionEmail email;
    private final Mailer mailer;

    EditionEmailPreviews(EditionEmail email, Mailer mailer) {
        this.email = email;
        this.mailer = mailer;
    }

    /** The message as the reader would get it, greeted by {@code name}. */
    public RenderedEmail of(PublishedEdition edition, Reader reader, String name) {
        return email.preview(edition, reader, name);
    }

    /** Sends the reader's message to {@code to} (the editor's own address), its subject marked as a test. */
    @Transactional
    public void sendTest(PublishedEdition edition, Reader reader, String name, String to) {
        RenderedEmail message = of(edition, reader, name);
        String subject = "Test: " + message.subject();
        mailer.send(new Email(
                "edition-test", to, subject, TEST_TEMPLATE, Map.of("html", message.html(), "text", message.text())));
    }
}
