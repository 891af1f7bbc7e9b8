package uk.headsup.bulletins.internal.articles;

/**
 * What a content check found.
 *
 * @param field the form field it is about ("body", "title", "ctaDeadline" ...), which is also its id
 */
public record Finding(Severity severity, String field, String message) {

    public enum Severity {
        /** Must be put right before the article goes to the editors or the edition is approved. */
        ERROR,
        /** Worth putting right; does not block. */
        WARNING,
        /** For information, such as the reading age. */
        INFO
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }

    public boolean warning() {
        return severity == Severity.WARNING;
    }
}
