package uk.headsup.mailing;

import java.util.Objects;

/**
 * Something people can turn off in their preference centre. Essential items have no topic and cannot be.
 *
 * @param key e.g. {@code series:heads-up}, {@code section:send}, {@code marketing:paid-training}
 * @param position order within its kind on the preference centre
 */
public record Topic(String key, Kind kind, String name, String description, int position) {

    public enum Kind {
        /** A whole series: the weekly bulletin, the daily briefing. */
        SERIES,
        /** A section of interest within messages: articles of other sections still come in essential items. */
        SECTION,
        /** Promotion, such as of paid training: never sent to someone who opted out. */
        MARKETING
    }

    public Topic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
