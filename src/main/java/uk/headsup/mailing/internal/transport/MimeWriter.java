package uk.headsup.mailing.internal.transport;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import uk.headsup.mailing.Attachment;

/**
 * Writes a message as MIME bytes directly: a multipart/alternative of the plain-text part and then the HTML part (in
 * a multipart/mixed with the attachments after them, if any), every part base64 in UTF-8, CRLF line ends. Jakarta
 * Mail's own MIME classes look their stream provider up on every multipart and encoding, which costs more than the
 * rest of sending a message; this is a few string appends.
 */
final class MimeWriter {

    private static final Base64.Encoder BODY = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});
    private static final Base64.Encoder WORD = Base64.getEncoder();
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private MimeWriter() {}

    /** @param from the From header as written, e.g. {@code "Heads Up" <heads-up@elmshire.example>} (ASCII) */
    static byte[] write(OutgoingMessage message, String from, ZonedDateTime date) {
        StringBuilder out = new StringBuilder(
                message.html().length() * 4 / 3 + message.text().length() * 4 / 3 + 2048);
        header(out, "From", from);
        header(out, "To", ascii(message.to()));
        header(out, "Subject", encodedWords(message.subject()));
        header(out, "Date", DATE.format(date));
        header(out, "Message-ID", ascii(message.messageId()));
        if (message.listUnsubscribe() != null) {
            header(out, "List-Unsubscribe", "<" + ascii(message.listUnsubscribe()) + ">");
            header(out, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        header(out, "MIME-Version", "1.0");
        String alternative = boundary();
        if (message.attachments().isEmpty()) {
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + alternative + "\"");
            out.append("\r\n");
            alternative(out, alternative, message);
        } else {
            String mixed = boundary();
            header(out, "Content-Type", "multipart/mixed; boundary=\"" + mixed + "\"");
            out.append("\r\n--").append(mixed).append("\r\n");
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + alternative + "\"");
            out.append("\r\n");
            alternative(out, alternative, message);
            for (Attachment attachment : message.attachments()) {
                out.append("--").append(mixed).append("\r\n");
                header(
                        out,
                        "Content-Type",
                        ascii(attachment.contentType()) + "; name=\"" + filename(attachment) + "\"");
                header(out, "Content-Transfer-Encoding", "base64");
                header(out, "Content-Disposition", "attachment; filename=\"" + filename(attachment) + "\"");
                out.append("\r\n");
                body(out, attachment.content());
            }
            out.append("--").append(mixed).append("--\r\n");
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void alternative(StringBuilder out, String boundary, OutgoingMessage message) {
        part(out, boundary, "text/plain; charset=UTF-8", message.text());
        part(out, boundary, "text/html; charset=UTF-8", message.html());
        out.append("--").append(boundary).append("--\r\n");
    }

    private static void part(StringBuilder out, String boundary, String type, String content) {
        out.append("--").append(boundary).append("\r\n");
        header(out, "Content-Type", type);
        header(out, "Content-Transfer-Encoding", "base64");
        out.append("\r\n");
        body(out, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void body(StringBuilder out, byte[] content) {
        out.append(new String(BODY.encode(content), StandardCharsets.US_ASCII)).append("\r\n");
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append("\r\n");
    }

    /** RFC 2047 encoded words for anything but plain printable ASCII, each at most 75 characters, folded. */
    static String encodedWords(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && text.length() <= 900) {
            return text;
        }
        StringBuilder words = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            // 45 bytes of UTF-8 become 60 base64 characters: with "=?UTF-8?B?" and "?=", 72 in all
            while (end < text.length()) {
                int next = end + Character.charCount(text.codePointAt(end));
                if (text.substring(start, next).getBytes(StandardCharsets.UTF_8).length > 45) {
                    break;
                }
                end = next;
            }
            if (words.length() > 0) {
                words.append("\r\n ");
            }
            words.append("=?UTF-8?B?")
                    .append(WORD.encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            start = end;
        }
        return words.toString();
    }

    private static String filename(Attachment attachment) {
        String name = attachment.filename();
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? name : encodedWords(name);
    }

    /** Addresses and ids must already be ASCII (an internationalised address would need SMTPUTF8). */
    private static String ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("Not a plain ASCII header value: " + value);
            }
        }
        return value;
    }

    private static String boundary() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "=_headsup_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }
}
