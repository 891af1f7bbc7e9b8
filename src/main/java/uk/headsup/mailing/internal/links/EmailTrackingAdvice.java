package uk.headsup.mailing.internal.links;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.headsup.mailing.internal.MailingSettings;

/** Tells pages (the privacy notice) which tracking the emails carry, as configured. */
@ControllerAdvice
class EmailTrackingAdvice {

    record EmailTracking(boolean clicks, boolean opens) {}

    private final EmailTracking tracking;

    EmailTrackingAdvice(MailingSettings settings) {
        this.tracking = new EmailTracking(settings.trackClicks(), settings.trackOpens());
    }

    @ModelAttribute("emailTracking")
    EmailTracking emailTracking() {
        return tracking;
    }
}
