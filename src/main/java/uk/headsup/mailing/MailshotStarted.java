package uk.headsup.mailing;

/**
 * @param created false when a mailshot with the key already existed and nothing was added
 * @param queued deliveries waiting to be sent
 * @param suppressed recipients left out because they turned the topic off or their address bounces
 * @param malformed recipients whose address is not a valid email address: reported, not sent to
 */
public record MailshotStarted(long mailshotId, boolean created, int queued, int suppressed, int malformed) {}
