package uk.headsup.inclusion.internal.exclusions;

import uk.headsup.platform.DateInput;

/** What is recorded after the notice: governors, independent review, sixth-day provision, a new school place. */
public class TrackingForm {

    private DateInput heldOn = new DateInput();
    private String outcome = "";
    private DateInput requestedOn = new DateInput();
    private String reviewOutcome = "";
    private String provider = "";
    private DateInput from = new DateInput();
    private DateInput placedOn = new DateInput();

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public DateInput getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(DateInput requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(String reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getPlacedOn() {
        return placedOn;
    }

    public void setPlacedOn(DateInput placedOn) {
        this.placedOn = placedOn;
    }
}
