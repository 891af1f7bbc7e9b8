package uk.headsup.mailing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * One recipient's values for the slots of a {@link SlotTemplate} pair, escaped for the HTML part and as they are
 * for the text part. {@link #of} fills those every mailshot message has: {@code NAME}, {@code PREFERENCES},
 * {@code UNSUBSCRIBE} (empty for essential mail) and {@code PIXEL} (the open-tracking image in HTML, when on; empty
 * in text).
 */
public final class MailshotSlots {

    private final Map<String, String> html = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    private MailshotSlots() {}

    public static MailshotSlots of(String name, MailshotLinks links) {
        MailshotSlots slots = new MailshotSlots()
                .put("NAME", name == null ? "" : name)
                .put("PREFERENCES", links.preferences())
                .put("UNSUBSCRIBE", links.unsubscribe().orElse(""));
        slots.text.put("PIXEL", "");
        slots.html.put(
                "PIXEL",
                links.openPixel()
                        .map(src -> "<img src=\"" + HtmlUtils.htmlEscape(src) + "\" width=\"1\" height=\"1\" alt=\"\""
                                + " style=\"display:block;border:0;\">")
                        .orElse(""));
        return slots;
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
