package uk.headsup.assessment;

import java.time.Instant;

/**
 * One version of a framework. It is frozen as soon as a response uses it; changes then go into a copy.
 *
 * @param key the framework it is a version of, such as "s175"
 * @param number 1 for the first version, then 2, 3...
 */
public record FrameworkVersion(
        long id, String key, int number, Framework framework, Instant frozenAt, Long copiedFrom, Instant createdAt) {

    public boolean frozen() {
        return frozenAt != null;
    }

    public String title() {
        return framework.title();
    }
}
