package uk.headsup.events.internal.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Email;

/** An events email, written as a heading, paragraphs, the event's details and one link (templates/events/email/notice). */
public final class Notice {

    static final String TEMPLATE = "events/email/notice";

    private final String kind;
    private final String to;
    private final String subject;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();

    public Notice(String kind, String to, String name, String subject) {
        this.kind = kind;
        this.to = to;
        this.subject = subject;
        model.put("name", name);
        model.put("heading", subject);
        model.put("paragraphs", paragraphs);
        model.put("details", details);
    }

    public Notice say(String paragraph) {
        paragraphs.add(paragraph);
        return this;
    }

    public Notice detail(String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
        return this;
    }

    public Notice event(Event event) {
        detail("Event", event.title());
        detail("When", event.when());
        detail("Where", event.venueName().isBlank() ? event.where() : lines(event.venueName(), event.venueAddress()));
        if (!event.onlineLink().isBlank()) {
            detail("Online", event.onlineLink());
        }
        return this;
    }

    /**
     * A venue as an address is written, one line per line (text emails show them so; the HTML keeps the breaks):
     * whatever line endings the address was typed with, without blank lines or stray spaces.
     */
    static String lines(String name, String address) {
        StringBuilder lines = new StringBuilder(name.strip());
        for (String line : address.split("\\R")) {
            if (!line.isBlank()) {
                lines.append('\n').append(line.strip());
            }
        }
        return lines.toString();
    }

    public Notice link(String text, String url) {
        model.put("linkText", text);
        model.put("link", url);
        return this;
    }

    public Notice attach(Attachment attachment) {
        attachments.add(attachment);
        return this;
    }

    public Email email() {
        Email email = new Email(kind, to, subject, TEMPLATE, Map.copyOf(model));
        for (Attachment a : attachments) {
            email = email.withAttachment(a);
        }
        return email;
    }
}
