package uk.headsup.safeguarding;

import java.time.LocalDate;
import java.util.Optional;
import uk.headsup.assessment.Actor;

/** Setting up audit rounds and returns directly, for loaders such as the demo county. */
public interface SafeguardingRecords {

    /** The framework key every safeguarding audit version is kept under. */
    String FRAMEWORK = "s175";

    boolean hasRounds();

    /** Opens a round for every open school (and early years settings if asked), inviting their DSLs and heads. */
    long openRound(
            String title,
            long versionId,
            LocalDate firstDeadline,
            LocalDate finalDeadline,
            boolean earlyYears,
            String by);

    /** The engine response of an organisation's return in a round, started now if needed; empty if none is due. */
    Optional<Long> startReturn(long roundId, long organisationId, Actor by);

    /** Records that the headteacher and a governor signed the return off (the demo's stand-in for their links). */
    void signedOff(long roundId, long organisationId);

    /** Links a course or event to a standard of a round, as the officer does on the round's courses page. */
    void linkCourse(long roundId, String standard, long eventId, String by);

    /** Emails sign-off links for a submitted return to its headteacher and chair of governors. */
    void requestSignOff(long roundId, long organisationId);
}
