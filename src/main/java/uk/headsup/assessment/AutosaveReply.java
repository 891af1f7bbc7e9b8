package uk.headsup.assessment;

/**
 * What an autosave endpoint answers, as JSON, for {@code /js/assessment-autosave.js}: "saved" with the new revision,
 * or "conflict" with the other person's answer so that the page can show both; "locked" with the reason. A using
 * module's endpoint returns {@link #of(Answer.Saved)} with status 200, or 409 for a conflict.
 */
public record AutosaveReply(
        String status, int revision, String message, String theirRating, String theirNarrative, String theirAuthor) {

    public static AutosaveReply of(Answer.Saved saved) {
        if (saved instanceof Answer.Conflict c) {
            return new AutosaveReply(
                    "conflict",
                    c.theirs().revision(),
                    c.theirs().updatedByName() + " saved a different answer while you were typing",
                    c.theirs().rating(),
                    c.theirs().narrative(),
                    c.theirs().updatedByName());
        }
        Answer.Stored s = (Answer.Stored) saved;
        return new AutosaveReply("saved", s.answer().revision(), "Saved", null, null, null);
    }

    public static AutosaveReply locked(String why) {
        return new AutosaveReply("locked", 0, why, null, null, null);
    }

    public boolean conflict() {
        return "conflict".equals(status);
    }
}
