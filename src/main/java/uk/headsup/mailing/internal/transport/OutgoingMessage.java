package uk.headsup.mailing.internal.transport;

import java.util.List;
import uk.headsup.mailing.Attachment;

/**
 * A message ready for a transport.
 *
 * @param listUnsubscribe the one-click unsubscribe address (RFC 8058), or null for essential mail
 * @param envelopeFrom the SMTP envelope sender (VERP), or null for the From address
 */
public record OutgoingMessage(
        long id,
        String messageId,
        String to,
        String subject,
        String html,
        String text,
        List<Attachment> attachments,
        String listUnsubscribe,
        String envelopeFrom) {}
