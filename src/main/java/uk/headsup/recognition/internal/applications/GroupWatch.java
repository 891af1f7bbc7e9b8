package uk.headsup.recognition.internal.applications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.headsup.assessment.Actor;
import uk.headsup.directory.OrganisationClosed;

/**
 * When a GIAS import closes a school of a live application, the schemes officers and the lead school are emailed and
 * the self-evaluation's log records it; the application page shows the school as closed.
 */
@Component
class GroupWatch {

    private static final Actor GIAS = new Actor("gias-import", "The GIAS import");

    private final Applications applications;

    GroupWatch(Applications applications) {
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(OrganisationClosed closed) {
        applications.memberClosed(closed.organisationId(), closed.name(), GIAS);
    }
}
