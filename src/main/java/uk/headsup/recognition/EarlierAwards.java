package uk.headsup.recognition;

import java.time.LocalDate;
import java.util.List;

/** Awards made before Heads Up kept them, for loaders such as the demo county. */
public interface EarlierAwards {

    /**
     * Records an application of these organisations (the first leads) that the panel awarded on that day, and an award
     * for each, lasting the scheme's years. Its self-evaluation was kept elsewhere, so none is attached.
     *
     * @param listed whether a childminder agreed to be named on the public register (others always are)
     * @return the application's id
     */
    long record(String schemeKey, List<Long> organisationIds, LocalDate awardedOn, boolean listed, String decidedBy);

    /** Whether any award is recorded, by this loader or by a panel. */
    boolean any();

    /** Flags the organisation's awards under review since that day, saying why (a grade that fell earlier). */
    void putUnderReview(long organisationId, LocalDate since, String reason);
}
