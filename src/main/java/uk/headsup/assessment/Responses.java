package uk.headsup.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Responses to framework versions. The engine never decides who may read or write: the using module checks that
 * the person may, then calls these methods with the {@link Actor} it allowed. Every change is logged.
 */
public interface Responses {

    /** The owner's response to this version, started now if there is none; the version is frozen from now on. */
    Response start(Owner owner, long versionId, Actor by);

    Optional<Response> find(long id);

    Optional<Response> find(Owner owner, long versionId);

    /** Every response to a version, in owner order. */
    List<Response> toVersion(long versionId);

    /**
     * A fingerprint of a version's responses in these states: how many, the sum of their ids and the latest time one
     * of them changed. Every answer saved and every transition moves a response's time, so a using module that keeps
     * something worked out from those responses may keep it while the stamp is equal (one row read, not thousands).
     */
    Stamp stamp(long versionId, Collection<Response.State> states);

    /** @param latest null when there are none */
    record Stamp(long count, long idSum, Instant latest) {}

    /** The answers of a response by standard number. */
    Map<String, Answer> answers(long responseId);

    /**
     * Saves an answer as typed. Refused with {@link Response.ResponseLocked} if the response cannot change, with
     * {@link IllegalArgumentException} if the rating is not on the standard's scale.
     */
    Answer.Saved save(long responseId, Answer.Edit edit, Actor by);

    /** Every rating given to a version's standards: for analysis across owners. */
    List<Rating> ratings(long versionId);

    /**
     * The ratings of these responses only (a using module that keeps the ratings of responses that cannot change,
     * and reads again only those whose {@link Response#updatedAt()} moved).
     */
    List<Rating> ratingsOf(Collection<Long> responseIds);

    /** Adds a link as evidence for these standards. */
    Evidence addLink(long responseId, String title, String url, Collection<String> standards, Actor by);

    /**
     * Adds a file as evidence for these standards, checked as every upload is (PDF or Office document, at most
     * {@link #LARGEST_FILE} bytes); throws {@link EvidenceRefused} with the reason otherwise.
     */
    Evidence addFile(long responseId, String fileName, byte[] bytes, Collection<String> standards, Actor by);

    long LARGEST_FILE = 10L * 1024 * 1024;

    List<Evidence> evidence(long responseId);

    Optional<EvidenceFile> file(long responseId, long evidenceId);

    ActionItem addAction(long responseId, String standard, String what, String owner, LocalDate due, Actor by);

    void markDone(long responseId, long actionId, Actor by);

    List<ActionItem> actions(long responseId);

    /**
     * Submits the response if nothing stops it; otherwise returns what does (unanswered statutory standards,
     * ratings without an action) and changes nothing.
     */
    List<Response.SubmitProblem> submit(long responseId, Actor by);

    /** The authority returns the response for changes, with feedback overall and on the standards named. */
    void returnForChanges(long responseId, String overall, Map<String, String> byStandard, Actor by);

    void accept(long responseId, String overall, Map<String, String> byStandard, Actor by);

    List<Feedback> feedback(long responseId);

    /** Adds a line to the response's log, for a using module's own steps (such as a sign-off). */
    void note(long responseId, String what, Actor by);

    /** Every change and transition, oldest first. */
    List<LogEntry> log(long responseId);

    record Rating(long responseId, Owner owner, String standard, String rating, Map<String, Long> numbers) {}

    /** @param url for a link; null for a file */
    record Evidence(
            long id,
            String title,
            String url,
            String fileName,
            long sizeBytes,
            List<String> standards,
            String addedBy,
            Instant addedAt) {
        public boolean file() {
            return url == null;
        }
    }

    record EvidenceFile(String fileName, String mediaType, byte[] bytes) {}

    record ActionItem(
            long id, String standard, String what, String owner, LocalDate due, Instant doneAt, String addedBy) {
        public boolean done() {
            return doneAt != null;
        }
    }

    /**
     * @param standard the standard it is about, or null for the response as a whole
     * @param outcome whether it came with the response returned for changes or accepted
     */
    record Feedback(long id, String standard, String text, FeedbackOutcome outcome, String givenBy, Instant givenAt) {

        /** Given when the response was returned for changes: it asks for more. */
        public boolean returned() {
            return outcome == FeedbackOutcome.RETURNED;
        }
    }

    /** What became of the response the feedback came with: returned for changes, or accepted. */
    enum FeedbackOutcome {
        RETURNED,
        ACCEPTED;

        /** As {@code assessment_feedback.outcome} holds it ("returned"). */
        public String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static FeedbackOutcome ofColumn(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    record LogEntry(Instant at, String who, String standard, String what) {}

    class EvidenceRefused extends RuntimeException {
        public EvidenceRefused(String reason) {
            super(reason);
        }
    }
}
