package uk.headsup.mailing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * One recipient's values for the slots of a {@link SlotTemplate} pair, escaped for the HTML part and as they are
 * for the text part. {@link #of} fills those every mailshot message has: {@code NAME}, {@code PREFERENCES},
 * {@code UNSUBSCRIBE} (empty for essential mail) and {@code PIXEL} (the address of the open-tracking image, empty
 * when open tracking is off). The image itself is markup in the template ({@code mailing/email-parts :: openPixel}),
 * rendered only when {@link MailshotLinks#openPixel()} is present: a content keeps that in the key of what it
 * renders once, and gives the template {@code pixel} (true or false) and {@code slotPIXEL}.
 */
public final class MailshotSlots {

    private final Map<String, String> html = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    private MailshotSlots() {}

    public static MailshotSlots of(String name, MailshotLinks links) {
        return new MailshotSlots()
                .put("NAME", name == null ? "" : name)
                .put("PREFERENCES", links.preferences())
                .put("UNSUBSCRIBE", links.unsubscribe().orElse(""))
                .put("PIXEL", links.openPixel().orElse(""));
    }

    /** A value as plain text: escaped in the HTML part. */
    public MailshotSlots put(String slot, String value) {
        text.put(slot, value);
        html.put(slot, HtmlUtils.htmlEscape(value));
        return this;
    }

    public RenderedEmail fill(String subject, SlotTemplate htmlPart, SlotTemplate textPart) {
        return new RenderedEmail(subject, htmlPart.fill(html), textPart.fill(text));
    }
}
