package uk.headsup.mailing.internal.bounces;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.internal.MailingSettings;

/**
 * Collects bounce reports that arrive after a message was accepted ("mailbox full for good", "no such user" from a
 * school's own server) from the IMAP mailbox of {@code headsup.mailing.bounces.*}. Each report is matched to its
 * message by the VERP address it was sent back to ({@code bounces+123@...}) or by the Message-ID it quotes; a
 * permanent failure marks the message bounced and the address bouncing. Reports of a delay are only read. Every
 * report read is deleted from the mailbox, so two nodes reading it at once at worst record a bounce twice.
 */
@Component
public class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);
    private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]+>)");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([245])\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern ACTION = Pattern.compile("(?im)^Action:\\s*(\\w+)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+)$");

    private final MailingSettings settings;
    private final Bounces bounces;
    private final JdbcClient jdbc;

    BounceMailbox(MailingSettings settings, Bounces bounces, JdbcClient jdbc) {
        this.settings = settings;
        this.bounces = bounces;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${headsup.mailing.bounces.interval:1m}", initialDelayString = "10s")
    void scheduled() {
        if (settings.bounces().enabled()) {
            try {
                collect();
            } catch (MessagingException | IOException e) {
                log.warn(
                        "Could not read bounce reports from {}: {}",
                        settings.bounces().host(),
                        e.toString());
            }
        }
    }

    /** Reads the unread reports; how many bounces were recorded. */
    public int collect() throws MessagingException, IOException {
        MailingSettings.Bounces b = settings.bounces();
        String protocol = b.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put(
                "mail." + protocol + ".connectiontimeout",
                String.valueOf(settings.connectTimeout().toMillis()));
        properties.put(
                "mail." + protocol + ".timeout",
                String.valueOf(settings.readTimeout().toMillis()));
        properties.put(
                "mail." + protocol + ".writetimeout",
                String.valueOf(settings.readTimeout().toMillis()));
        Session session = Session.getInstance(properties);
        int recorded = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(b.host(), b.port(), b.username(), b.password());
            Folder folder = store.getFolder(b.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message report : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (record(report)) {
                        recorded++;
                    }
                    report.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                folder.close(true);
            }
        }
        return recorded;
    }

    private boolean record(Message report) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        report.writeTo(raw);
        String text = raw.toString(StandardCharsets.UTF_8);
        Optional<Long> delivery = byVerp(report);
        if (delivery.isEmpty()) {
            delivery = byMessageId(report, text);
        }
        if (delivery.isEmpty()) {
            log.info("A bounce report matched no message: {}", report.getSubject());
            return false;
        }
        if (!permanent(text)) {
            log.info("Message {} is delayed, not bounced: {}", delivery.get(), report.getSubject());
            return false;
        }
        return bounces.bounced(delivery.get(), reason(report, text));
    }

    /** The id in the address the report was sent to: {@code bounces+123@example}. */
    private Optional<Long> byVerp(Message report) throws MessagingException {
        String address = settings.bounceAddress();
        int at = address.indexOf('@');
        if (at < 1) {
            return Optional.empty();
        }
        Pattern verp = Pattern.compile(Pattern.quote(address.substring(0, at).toLowerCase()) + "\\+(\\d+)@"
                + Pattern.quote(address.substring(at + 1).toLowerCase()));
        List<String> candidates = new ArrayList<>();
        for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To", "To")) {
            String[] values = report.getHeader(header);
            if (values != null) {
                candidates.addAll(List.of(values));
            }
        }
        Address[] to = report.getAllRecipients();
        if (to != null) {
            for (Address a : to) {
                if (a instanceof InternetAddress ia) {
                    candidates.add(ia.getAddress());
                }
            }
        }
        for (String candidate : candidates) {
            Matcher m = verp.matcher(candidate.toLowerCase());
            if (m.find()) {
                return Optional.of(Long.parseLong(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The Message-ID of our message as the report quotes it (not the report's own). */
    private Optional<Long> byMessageId(Message report, String text) throws MessagingException {
        String own = report.getHeader("Message-ID") == null ? null : report.getHeader("Message-ID")[0].trim();
        Set<String> quoted = new LinkedHashSet<>();
        Matcher m = QUOTED_MESSAGE_ID.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(own)) {
                quoted.add(m.group(1));
            }
        }
        for (String messageId : quoted) {
            Optional<Long> id = jdbc.sql("select id from outbox_messages where message_id = :m")
                    .param("m", messageId)
                    .query(Long.class)
                    .optional();
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** A delivery status notification says "failed" with a 5.x.x status; a report without one counts as failed. */
    static boolean permanent(String text) {
        Matcher action = ACTION.matcher(text);
        if (action.find() && !action.group(1).equalsIgnoreCase("failed")) {
            return false;
        }
        Matcher status = STATUS.matcher(text);
        return !status.find() || status.group(1).equals("5");
    }

    private static String reason(Message report, String text) throws MessagingException {
        Matcher diagnostic = DIAGNOSTIC.matcher(text);
        String why = diagnostic.find() ? diagnostic.group(1).trim() : String.valueOf(report.getSubject());
        return "Bounce report: " + why;
    }
}
