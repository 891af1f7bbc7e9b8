package uk.headsup.mailing;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file sent with an email.
 *
 * @param filename as the recipient sees it, e.g. {@code booking.ics}: no path, no control characters
 * @param contentType a MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 */
public record Attachment(String filename, String contentType, byte[] content) {

    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,120}");

    public Attachment {
        Objects.requireNonNull(content, "content");
        if (filename == null || !SAFE_NAME.matcher(filename).matches()) {
            throw new IllegalArgumentException("Not a usable attachment name: " + filename);
        }
        if (contentType == null || !contentType.contains("/")) {
            throw new IllegalArgumentException("Not a MIME type: " + contentType);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a
                && filename.equals(a.filename)
                && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
