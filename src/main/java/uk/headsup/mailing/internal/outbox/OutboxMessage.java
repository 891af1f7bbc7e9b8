package uk.headsup.mailing.internal.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.internal.MessageStatus;

/**
 * A message of the outbox: either rendered when it was stored ({@code Mailer}), or one delivery of a mailshot,
 * rendered when it is sent ({@link #mailshot()} not null).
 */
public record OutboxMessage(
        long id,
        String kind,
        String recipient,
        String subject,
        String htmlBody,
        String textBody,
        String messageId,
        MessageStatus status,
        int attempts,
        String lastError,
        String transport,
        Instant createdAt,
        Instant sentAt,
        int attachmentCount,
        List<Attachment> attachments,
        Delivery mailshot) {

    /**
     * What a worker needs to render a mailshot's message for its recipient, read when the message is claimed.
     *
     * @param unwanted the topics the recipient has turned off, as they stand now
     * @param bouncing why the address is marked bouncing, or null
     */
    record Delivery(
            long mailshotId,
            String key,
            String title,
            String content,
            String reference,
            String topic,
            String recipientName,
            String posts,
            Set<String> unwanted,
            String bouncing) {

        boolean essential() {
            return topic == null;
        }
    }

    boolean rendered() {
        return htmlBody != null;
    }

    OutboxMessage withAttachments(List<Attachment> attachments) {
        return new OutboxMessage(
                id,
                kind,
                recipient,
                subject,
                htmlBody,
                textBody,
                messageId,
                status,
                attempts,
                lastError,
                transport,
                createdAt,
                sentAt,
                attachments.size(),
                List.copyOf(attachments),
                mailshot);
    }
}
