package uk.headsup.recognition.internal.applications.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.recognition.internal.Viewer;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.Application;
import uk.headsup.recognition.internal.applications.Applications.Member;
import uk.headsup.recognition.internal.applications.SpecialistList;

/**
 * Who sees an application: the staff of the organisations applying in it (an invited school's staff too, while they
 * decide), its specialist and its assessor, and the schemes officer or an administrator. Anyone else gets "not found",
 * so that they learn nothing of it.
 */
@Component
class ApplicationAccess {

    /** Why someone sees an application; one person may have several reasons. */
    enum Reason {
        OFFICER,
        /** Staff of a school or setting that has joined: they work on the self-evaluation. */
        APPLICANT,
        /** Staff of a school invited to join that has not answered yet. */
        INVITED,
        ASSESSOR,
        SPECIALIST
    }

    /** An application as one viewer sees it. */
    record Seen(Application app, List<Member> members, Set<Reason> reasons, Viewer viewer) {

        boolean is(Reason reason) {
            return reasons.contains(reason);
        }

        /** Joined staff change the self-evaluation while it is open to change. */
        boolean mayEdit() {
            return is(Reason.APPLICANT) && app.state().editable();
        }

        /** The headteacher of the lead school invites schools in the place of those that declined or left. */
        boolean leads() {
            return viewer.headOf().contains(app.leadOrganisationId());
        }
    }

    private final Applications applications;
    private final SpecialistList specialists;

    ApplicationAccess(Applications applications, SpecialistList specialists) {
        this.applications = applications;
        this.specialists = specialists;
    }

    Seen see(Viewer viewer, long id) {
        Application a = applications.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Member> members = applications.members(id);
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (viewer.officer()) {
            reasons.add(Reason.OFFICER);
        }
        if (viewer.authority()) {
            if (a.assessedBy(viewer.email())) {
                reasons.add(Reason.ASSESSOR);
            }
            if (specialists.isSpecialist(a, viewer.email())) {
                reasons.add(Reason.SPECIALIST);
            }
        } else {
            Set<Long> mine = viewer.organisations();
            for (Member m : members) {
                if (mine.contains(m.organisationId())) {
                    if (m.joined()) {
                        reasons.add(Reason.APPLICANT);
                    } else if (m.status() == Applications.Membership.INVITED) {
                        reasons.add(Reason.INVITED);
                    }
                }
            }
        }
        if (reasons.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new Seen(a, members, reasons, viewer);
    }

    /** The application for someone who reads its self-evaluation: not an invited school's staff before they join. */
    Seen reader(Viewer viewer, long id) {
        return require(viewer, id, Reason.APPLICANT, Reason.OFFICER, Reason.ASSESSOR, Reason.SPECIALIST);
    }

    /** As {@link #see}, refused (403) unless the viewer has one of these reasons. */
    Seen require(Viewer viewer, long id, Reason first, Reason... more) {
        Seen seen = see(viewer, id);
        if (!seen.is(first) && Arrays.stream(more).noneMatch(seen::is)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return seen;
    }
}
