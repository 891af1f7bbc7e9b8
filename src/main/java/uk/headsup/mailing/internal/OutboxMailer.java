package uk.headsup.mailing.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;

@Service
class OutboxMailer implements Mailer {

    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final String messageIdDomain;

    OutboxMailer(EmailRenderer renderer, Outbox outbox, Site site) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.messageIdDomain = site.baseUrl().getHost();
    }

    @Override
    @Transactional
    public void send(Email email) {
        EmailRenderer.Rendered rendered = renderer.render(email);
        outbox.add(
                email.kind(),
                email.to(),
                email.subject(),
                rendered.html(),
                rendered.text(),
                email.attachments(),
                messageIdDomain);
    }
}
