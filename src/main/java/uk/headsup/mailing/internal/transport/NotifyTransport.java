package uk.headsup.mailing.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.TimeLimitedNotificationClient;
import uk.headsup.mailing.internal.MailingSettings;

/**
 * Sends through GOV.UK Notify with its official client. Notify sends its own formatting of a template, so the
 * service needs one email template whose subject is {@code ((subject))} and whose body is {@code ((body))}: Heads Up
 * fills them with the message's subject and plain-text part. The message's Message-ID is Notify's reference, and
 * its unsubscribe link Notify's one-click unsubscribe URL. Attachments are not sent this way.
 */
public class NotifyTransport implements Transport {

    private final NotificationClientApi client;
    private final String templateId;

    NotifyTransport(NotificationClientApi client, String templateId) {
        this.client = client;
        this.templateId = templateId;
    }

    public static NotifyTransport of(MailingSettings.Notify settings, Duration connectTimeout, Duration readTimeout) {
        NotificationClient client = settings.baseUrl().isBlank()
                ? new TimeLimitedNotificationClient(settings.apiKey(), connectTimeout, readTimeout)
                : new TimeLimitedNotificationClient(settings.apiKey(), settings.baseUrl(), connectTimeout, readTimeout);
        return new NotifyTransport(client, settings.templateId());
    }

    @Override
    public String name() {
        return "GOV.UK Notify";
    }

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public Map<Long, Outcome> send(List<OutgoingMessage> messages, Runnable beforeEach) {
                Map<Long, Outcome> outcomes = new HashMap<>();
                for (OutgoingMessage message : messages) {
                    beforeEach.run();
                    outcomes.put(message.id(), deliver(message));
                }
                return outcomes;
            }

            @Override
            public boolean usable() {
                return true;
            }

            @Override
            public void close() {}
        };
    }

    private Outcome deliver(OutgoingMessage message) {
        Map<String, Object> personalisation = Map.of("subject", message.subject(), "body", message.text());
        try {
            client.sendEmail(
                    templateId,
                    message.to(),
                    personalisation,
                    message.messageId(),
                    null,
                    message.listUnsubscribe() == null ? null : URI.create(message.listUnsubscribe()));
            return new Outcome.Sent();
        } catch (NotificationClientException e) {
            return classify(e.getHttpResult(), e.getMessage());
        }
    }

    /**
     * Notify's status codes: 400 a message it will never accept (a bad address, a missing template field); 403 a
     * wrong key and 429 too many requests, both worth retrying once fixed or slowed; 5xx or no answer, unreachable.
     */
    static Outcome classify(int status, String message) {
        String reason = "GOV.UK Notify " + status + ": " + message;
        if (status == 400) {
            return new Outcome.Rejected(reason);
        }
        if (status == 403 || status == 429) {
            return new Outcome.TryLater(reason);
        }
        return new Outcome.Unreachable(reason);
    }
}
