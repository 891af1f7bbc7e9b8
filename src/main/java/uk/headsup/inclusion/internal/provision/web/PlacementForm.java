package uk.headsup.inclusion.internal.provision.web;

import uk.headsup.platform.DateInput;

/**
 * A placement as the inclusion officer types it, in the order of the page; {@link PlacementFormValidator} checks it.
 * Text is stripped as it is bound (the cost also loses its pound sign and commas); a field missing from the request is
 * blank.
 *
 * @param provider the chosen provider's id, as the list sends it
 */
record PlacementForm(
        String provider,
        String commissionedBy,
        String reason,
        DateInput startsOn,
        DateInput plannedEnd,
        String hoursAWeek,
        String weeklyCost,
        String reintegrationTarget,
        DateInput endedOn,
        String destination) {

    PlacementForm {
        provider = provider == null ? "" : provider.strip();
        commissionedBy = commissionedBy == null ? "" : commissionedBy.strip();
        reason = reason == null ? "" : reason.strip();
        startsOn = startsOn == null ? new DateInput() : startsOn;
        plannedEnd = plannedEnd == null ? new DateInput() : plannedEnd;
        hoursAWeek = hoursAWeek == null ? "" : hoursAWeek.strip();
        weeklyCost =
                weeklyCost == null ? "" : weeklyCost.strip().replace("£", "").replace(",", "");
        reintegrationTarget = reintegrationTarget == null ? "" : reintegrationTarget.strip();
        endedOn = endedOn == null ? new DateInput() : endedOn;
        destination = destination == null ? "" : destination.strip();
    }
}
