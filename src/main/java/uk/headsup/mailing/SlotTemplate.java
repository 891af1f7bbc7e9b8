package uk.headsup.mailing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message rendered once with slots ({@code HU-SLOT-NAME}, the name in capital letters A-Z only) where each
 * recipient's own values go: filling it in is a few string copies, so tens of thousands of personalised messages
 * cost little more than one rendering. For {@link MailshotContent}s that cache per variant.
 */
public final class SlotTemplate {

    private static final Pattern SLOT = Pattern.compile("HU-SLOT-([A-Z]+)");
    private final List<String> texts = new ArrayList<>();
    private final List<String> slots = new ArrayList<>();
    private final int length;

    public SlotTemplate(String rendered) {
        Matcher m = SLOT.matcher(rendered);
        int last = 0;
        while (m.find()) {
            texts.add(rendered.substring(last, m.start()));
            slots.add(m.group(1));
            last = m.end();
        }
        texts.add(rendered.substring(last));
        length = rendered.length();
    }

    /** What to put in the model where a slot goes, e.g. {@code slot("NAME")}. */
    public static String slot(String name) {
        return "HU-SLOT-" + name;
    }

    /** The message with each slot replaced by its value (already escaped as the part needs). */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder(length + 512);
        for (int i = 0; i < slots.size(); i++) {
            out.append(texts.get(i));
            String value = values.get(slots.get(i));
            if (value == null) {
                throw new IllegalArgumentException("No value for slot " + slots.get(i));
            }
            out.append(value);
        }
        return out.append(texts.get(texts.size() - 1)).toString();
    }
}
