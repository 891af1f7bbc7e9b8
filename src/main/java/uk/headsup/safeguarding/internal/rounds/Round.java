package uk.headsup.safeguarding.internal.rounds;

import java.time.Instant;
import java.time.LocalDate;
import uk.headsup.platform.UkTime;

/** One year's audit round on a framework version. */
public record Round(
        long id,
        String title,
        long versionId,
        LocalDate firstDeadline,
        LocalDate finalDeadline,
        boolean includeEarlyYears,
        String openedBy,
        Instant openedAt) {

    public boolean late(Instant submittedAt) {
        return submittedAt != null
                && submittedAt.isAfter(
                        finalDeadline.plusDays(1).atStartOfDay(UkTime.UK).toInstant());
    }
}
