package uk.headsup.mailing.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.headsup.mailing.Attachment;

/** What MimeWriter writes is what a mail client reads back. */
class MimeWriterTest {

    static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 9, 14, 8, 30, 0, 0, ZoneId.of("Europe/London"));

    @Test
    void aMessageReadsBackWithItsHeadersAndBothPartsInOrder() throws Exception {
        OutgoingMessage message = new OutgoingMessage(
                1,
                "<edition-42.1@headsup.example>",
                "senco@school.example",
                "Heads Up – 14 September: SEND, safeguarding and the Fair Access Protocol panel dates for the year",
                "<p>Dear Zoë,</p>",
                "Dear Zoë,",
                List.of(),
                "https://headsup.example/email/unsubscribe/1/x",
                null);
        MimeMessage read = read(MimeWriter.write(message, "Heads Up <heads-up@elmshire.example>", WHEN));
        assertThat(read.getSubject()).isEqualTo(message.subject());
        assertThat(read.getMessageID()).isEqualTo("<edition-42.1@headsup.example>");
        assertThat(read.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(read.getSentDate()).isEqualTo(java.util.Date.from(WHEN.toInstant()));
        assertThat(read.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Dear Zoë,");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Dear Zoë,</p>");
    }

    @Test
    void attachmentsFollowTheTextAndHtmlPairInAMixedMessage() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        OutgoingMessage message = new OutgoingMessage(
                2,
                "<booking.2@headsup.example>",
                "head@school.example",
                "Your booking",
                "<p>Booked</p>",
                "Booked",
                List.of(new Attachment("booking.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)),
                null,
                null);
        MimeMessage read = read(MimeWriter.write(message, "Heads Up <heads-up@elmshire.example>", WHEN));
        assertThat(read.getHeader("List-Unsubscribe")).isNull();
        MimeMultipart mixed = (MimeMultipart) read.getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("booking.ics");
        assertThat(mixed.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(ics);
    }

    @Test
    void plainSubjectsAreLeftAsTheyAre() {
        assertThat(MimeWriter.encodedWords("Heads Up, 14 September")).isEqualTo("Heads Up, 14 September");
        assertThat(MimeWriter.encodedWords("Café")).isEqualTo("=?UTF-8?B?Q2Fmw6k=?=");
    }

    private static MimeMessage read(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }
}
