package uk.headsup.mailing.internal.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;

@Service
class OutboxMailer implements Mailer {

    private final EmailRenderer renderer;
    private final Outbox outbox;
    private final OutboxWorkers workers;
    private final String messageIdDomain;

    OutboxMailer(EmailRenderer renderer, Outbox outbox, OutboxWorkers workers, Site site) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.workers = workers;
        this.messageIdDomain = site.baseUrl().getHost();
    }

    /** Stored with its rendering in the caller's transaction; a worker is woken once that commits. */
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
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
    }
}
