package uk.headsup.inclusion.internal.exclusions.web;

import uk.headsup.platform.DateInput;

/**
 * What is recorded after the notice, as typed into the exclusion's page: governors, independent review, sixth-day
 * provision, a new school place. Each step posts its own fields; {@link TrackingFormValidator} checks them. A field
 * missing from the request is blank.
 */
record TrackingForm(
        DateInput heldOn,
        String outcome,
        DateInput requestedOn,
        String reviewOutcome,
        String provider,
        DateInput from,
        DateInput placedOn) {

    TrackingForm {
        heldOn = heldOn == null ? new DateInput() : heldOn;
        outcome = outcome == null ? "" : outcome.strip();
        requestedOn = requestedOn == null ? new DateInput() : requestedOn;
        reviewOutcome = reviewOutcome == null ? "" : reviewOutcome.strip();
        provider = provider == null ? "" : provider.strip();
        from = from == null ? new DateInput() : from;
        placedOn = placedOn == null ? new DateInput() : placedOn;
    }

    /** The page's forms as first shown. */
    static TrackingForm blank() {
        return new TrackingForm(null, null, null, null, null, null, null);
    }
}
