package uk.headsup.mailing.internal;

import java.time.Instant;

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
        Instant sentAt) {}
