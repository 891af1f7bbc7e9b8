package uk.headsup.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to one standard. Every save names the revision it started from; a save from an older revision is a
 * conflict, never an overwrite: the person saving sees both versions and chooses.
 *
 * @param revision 1 after the first save, then 2, 3...; 0 stands for "not answered yet"
 */
public record Answer(
        String standard,
        String rating,
        String narrative,
        Map<String, Long> numbers,
        int revision,
        String updatedBy,
        String updatedByName,
        Instant updatedAt) {

    public Answer {
        narrative = narrative == null ? "" : narrative;
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
    }

    /** A change to an answer as typed. */
    public record Edit(String standard, int fromRevision, String rating, String narrative, Map<String, Long> numbers) {}

    /** What became of a save. */
    public sealed interface Saved {}

    /** Saved as this revision. */
    public record Stored(Answer answer) implements Saved {}

    /** Someone else saved first: here is their answer; the edit was not stored. */
    public record Conflict(Answer theirs) implements Saved {}

    /** Whether an edit, started from {@code fromRevision}, may be stored over this answer. */
    public boolean acceptsEditFrom(int fromRevision) {
        return revision == fromRevision;
    }

    /** Nothing would change. */
    public boolean same(Edit edit) {
        return Objects.equals(rating, edit.rating())
                && narrative.equals(edit.narrative() == null ? "" : edit.narrative())
                && numbers.equals(edit.numbers() == null ? Map.of() : edit.numbers());
    }
}
