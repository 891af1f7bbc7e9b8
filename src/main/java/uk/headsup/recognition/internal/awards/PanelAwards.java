package uk.headsup.recognition.internal.awards;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.recognition.internal.applications.ApplicationAwarded;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Member;

/**
 * The awards a panel's decision makes: one for every school or setting of the application that joined, from the day
 * of the decision for the scheme's years, listed on the public register unless a childminder has not consented.
 * Made in the decision's transaction, as the applications package tells it ({@link ApplicationAwarded}).
 */
@Component
class PanelAwards {

    private final Applications applications;
    private final Awards awards;

    PanelAwards(Applications applications, Awards awards) {
        this.applications = applications;
        this.awards = awards;
    }

    @EventListener
    void awarded(ApplicationAwarded awarded) {
        Application a = awarded.application();
        LocalDate on = awarded.on();
        int years = applications.scheme(a).awardYears();
        for (Member m : applications.members(a.id())) {
            if (m.joined()) {
                awards.make(
                        a.id(),
                        a.schemeKey(),
                        m.organisationId(),
                        a.forDepartment() ? a.title() : m.name(),
                        m.kind(),
                        m.district(),
                        on,
                        on.plusYears(years),
                        m.kind() != OrganisationKind.CHILDMINDER || a.listingConsent());
            }
        }
    }
}
