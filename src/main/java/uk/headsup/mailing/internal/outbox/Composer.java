package uk.headsup.mailing.internal.outbox;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.MailshotContent;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.mailing.internal.MailingSettings;
import uk.headsup.mailing.internal.MessageStatus;
import uk.headsup.mailing.internal.PostsJson;
import uk.headsup.mailing.internal.links.EmailLinks;
import uk.headsup.mailing.internal.transport.OutgoingMessage;

/**
 * Turns claimed messages into messages for the transport: a mailshot's delivery is rendered by its content for its
 * recipient as they stand now, unless they have turned its topic off or their address bounces since it was queued.
 */
@Component
class Composer {

    private final ObjectProvider<MailshotContent> contentBeans;
    private final EmailLinks links;
    private final MailingSettings settings;
    private volatile Map<String, MailshotContent> contents;

    Composer(ObjectProvider<MailshotContent> contentBeans, EmailLinks links, MailingSettings settings) {
        this.contentBeans = contentBeans;
        this.links = links;
        this.settings = settings;
    }

    /** What became of a claimed message before any transport: ready to send, or finished here. */
    sealed interface Composed {
        /** @param tags the tracked links' tags the message carries, with what they stand for (null if not said) */
        record Ready(OutgoingMessage message, RenderedEmail rendering, Map<String, String> tags) implements Composed {}

        record Finished(long id, MessageStatus.Change change, String reason) implements Composed {}
    }

    Composed compose(OutboxMessage message) {
        OutboxMessage.Delivery delivery = message.mailshot();
        if (delivery == null) {
            return new Composed.Ready(
                    outgoing(message, message.subject(), message.htmlBody(), message.textBody(), null), null, Map.of());
        }
        if (delivery.bouncing() != null) {
            return new Composed.Finished(
                    message.id(), MessageStatus.Change.SUPPRESS, "The address bounces: " + delivery.bouncing());
        }
        if (!delivery.essential() && delivery.unwanted().contains(delivery.topic())) {
            return new Composed.Finished(message.id(), MessageStatus.Change.SUPPRESS, "Turned off by the recipient");
        }
        MailshotContent content = contents().get(delivery.content());
        if (content == null) {
            throw new IllegalStateException("No MailshotContent named " + delivery.content());
        }
        EmailLinks.MessageLinks messageLinks =
                links.forMessage(message.id(), message.recipient(), delivery.essential());
        RenderedEmail rendered =
                content.render(delivery.reference(), recipient(message.recipient(), delivery), messageLinks);
        return new Composed.Ready(
                outgoing(
                        message,
                        rendered.subject(),
                        rendered.html(),
                        rendered.text(),
                        delivery.essential() ? null : links.unsubscribeLink(message.id())),
                rendered,
                messageLinks.tags);
    }

    private OutgoingMessage outgoing(
            OutboxMessage message, String subject, String html, String text, String unsubscribe) {
        return new OutgoingMessage(
                message.id(),
                message.messageId(),
                message.recipient(),
                subject,
                html,
                text,
                message.attachments(),
                unsubscribe,
                envelopeFrom(message.id()));
    }

    /** VERP: {@code bounces+123@example} when a bounce address is set, so a bounce report names its message. */
    String envelopeFrom(long id) {
        String address = settings.bounceAddress();
        int at = address.indexOf('@');
        if (at < 1) {
            return null;
        }
        return address.substring(0, at) + "+" + id + address.substring(at);
    }

    static MailshotRecipient recipient(String email, OutboxMessage.Delivery delivery) {
        return new MailshotRecipient(
                delivery.recipientName(), email, PostsJson.read(delivery.posts()), delivery.unwanted());
    }

    private Map<String, MailshotContent> contents() {
        Map<String, MailshotContent> known = contents;
        if (known == null) {
            known = contentBeans.orderedStream().collect(Collectors.toMap(MailshotContent::name, Function.identity()));
            contents = known;
        }
        return known;
    }
}
