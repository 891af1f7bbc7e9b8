package uk.headsup.mailing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the From address of every message
 * @param batchSize how many messages a worker claims at once
 * @param lease how long claimed messages are left to their worker before another node may take them again (the
 *     claims of a node that is gone are released sooner: when a node starts, or a minute after its heartbeat stops)
 * @param markSentEvery how many messages the server accepts before they are marked sent together: after a crash at
 *     most this many per worker are sent twice
 * @param maxAttempts attempts before a message the server keeps refusing for now (4xx) is given up
 * @param concurrency workers per node, each with its own SMTP connection
 * @param rateLimit messages per second per node; 0 for no limit
 * @param messagesPerConnection how many messages a connection carries before it is renewed
 * @param maxBackoff the longest wait before retrying a message
 * @param connectTimeout the longest wait for a mail server (SMTP, IMAP, Notify) to accept a connection
 * @param readTimeout the longest wait for a mail server to answer, or to take what is written to it: a server that
 *     stops answering without closing the connection costs a worker this long, then its messages wait their turn
 * @param trackClicks links in mailshots go through a signed redirect that counts clicks
 * @param trackOpens a 1-pixel image counts openings (off by default; see the privacy notice)
 * @param bounceAddress envelope sender for VERP, e.g. {@code bounces@elmshire.example}: each message is sent from
 *     {@code bounces+<id>@elmshire.example} so an asynchronous bounce names it; empty to use the From address
 * @param govukNotify GOV.UK Notify instead of SMTP, when its API key is set
 * @param bounces the IMAP mailbox that receives asynchronous bounce reports, when its host is set
 */
@ConfigurationProperties("headsup.mailing")
public record MailingSettings(
        String from,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("5") int markSentEvery,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("2") int concurrency,
        @DefaultValue("0") double rateLimit,
        @DefaultValue("1000") int messagesPerConnection,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("1s") Duration workerInterval,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("true") boolean trackClicks,
        @DefaultValue("false") boolean trackOpens,
        @DefaultValue("") String bounceAddress,
        @DefaultValue Notify govukNotify,
        @DefaultValue Bounces bounces) {

    /** @param apiKey a Notify API key; @param templateId an email template whose subject is ((subject)) and body ((body)) */
    public record Notify(
            @DefaultValue("") String apiKey,
            @DefaultValue("") String templateId,
            @DefaultValue("") String baseUrl) {
        public boolean enabled() {
            return !apiKey.isBlank();
        }
    }

    public record Bounces(
            @DefaultValue("") String host,
            @DefaultValue("993") int port,
            @DefaultValue("true") boolean ssl,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("1m") Duration interval) {
        public boolean enabled() {
            return !host.isBlank();
        }
    }
}
