package uk.headsup.inclusion.internal.provision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pupil's place at an alternative provider: who commissioned it, why, for how long and how many hours. */
public record Placement(
        long id,
        long pupilId,
        String pupilName,
        long providerId,
        String providerName,
        Commissioner commissionedBy,
        String reason,
        LocalDate startsOn,
        LocalDate plannedEnd,
        BigDecimal hoursAWeek,
        BigDecimal weeklyCost,
        String reintegrationTarget,
        LocalDate endedOn,
        String destination) {

    /** Full-time education is taken as 25 hours a week; a placement under it is flagged. */
    public static final BigDecimal FULL_TIME = BigDecimal.valueOf(25);

    public boolean underFullTime() {
        return hoursAWeek.compareTo(FULL_TIME) < 0;
    }

    public String reasonLabel() {
        return switch (reason) {
            case "PERMANENT_EXCLUSION" -> "Permanent exclusion";
            case "SIXTH_DAY" -> "Sixth-day provision";
            case "PREVENTATIVE" -> "Preventative or off-site direction";
            case "MEDICAL" -> "Medical";
            default -> reason;
        };
    }
}
