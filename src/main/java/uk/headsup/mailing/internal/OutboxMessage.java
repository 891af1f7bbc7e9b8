package uk.headsup.mailing.internal;

import java.time.Instant;
import java.util.List;
import uk.headsup.mailing.Attachment;

record OutboxMessage(
        long id,
        String kind,
        String recipient,
        String subject,
        String htmlBody,
        String textBody,
        String messageId,
        String status,
        int attempts,
        String lastError,
        String transport,
        Instant createdAt,
        Instant sentAt,
        int attachmentCount,
        List<Attachment> attachments) {

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
                List.copyOf(attachments));
    }
}
