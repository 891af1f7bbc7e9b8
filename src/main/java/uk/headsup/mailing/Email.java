package uk.headsup.mailing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An email to one recipient, written as a pair of templates: {@code templates/<template>.html} and
 * {@code templates/<template>.txt}, both given the model.
 *
 * @param kind what the message is for, e.g. "sign-in-link", shown in the outbox
 * @param attachments files sent with the message, such as a booking's {@code .ics}; stored with it in the outbox
 */
public record Email(
        String kind,
        String to,
        String subject,
        String template,
        Map<String, Object> model,
        List<Attachment> attachments) {

    public Email {
        attachments = List.copyOf(attachments);
    }

    public Email(String kind, String to, String subject, String template, Map<String, Object> model) {
        this(kind, to, subject, template, model, List.of());
    }

    public Email withAttachment(Attachment attachment) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new Email(kind, to, subject, template, model, all);
    }
}
