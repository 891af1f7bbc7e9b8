package uk.headsup.mailing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the From address of every message
 * @param batchSize how many messages one worker claims and sends over one SMTP connection
 * @param lease how long a claimed message is left to its worker before another may take it
 * @param maxAttempts attempts before a message that keeps failing temporarily is given up
 */
@ConfigurationProperties("headsup.mailing")
record MailingSettings(
        String from,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("10") int maxAttempts) {}
