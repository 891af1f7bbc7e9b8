package uk.headsup.safeguarding.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One year's audit round on a framework version. */
record Round(
        long id,
        String title,
        long versionId,
        LocalDate firstDeadline,
        LocalDate finalDeadline,
        boolean includeEarlyYears,
        String openedBy,
        Instant openedAt) {

    boolean late(Instant submittedAt) {
        return submittedAt != null
                && submittedAt.isAfter(
                        finalDeadline.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
    }
}
