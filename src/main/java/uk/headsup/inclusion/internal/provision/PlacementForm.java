package uk.headsup.inclusion.internal.provision;

import uk.headsup.platform.DateInput;

/** A placement as the inclusion officer types it. */
public class PlacementForm {

    private Long provider;
    private String commissionedBy = "";
    private String reason = "";
    private DateInput startsOn = new DateInput();
    private DateInput plannedEnd = new DateInput();
    private String hoursAWeek = "";
    private String weeklyCost = "";
    private String reintegrationTarget = "";
    private DateInput endedOn = new DateInput();
    private String destination = "";

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }

    public String getCommissionedBy() {
        return commissionedBy;
    }

    public void setCommissionedBy(String commissionedBy) {
        this.commissionedBy = commissionedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn;
    }

    public DateInput getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(DateInput plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getHoursAWeek() {
        return hoursAWeek;
    }

    public void setHoursAWeek(String hoursAWeek) {
        this.hoursAWeek = hoursAWeek == null ? "" : hoursAWeek.trim();
    }

    public String getWeeklyCost() {
        return weeklyCost;
    }

    public void setWeeklyCost(String weeklyCost) {
        this.weeklyCost =
                weeklyCost == null ? "" : weeklyCost.trim().replace("£", "").replace(",", "");
    }

    public String getReintegrationTarget() {
        return reintegrationTarget;
    }

    public void setReintegrationTarget(String reintegrationTarget) {
        this.reintegrationTarget = reintegrationTarget;
    }

    public DateInput getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(DateInput endedOn) {
        this.endedOn = endedOn;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
