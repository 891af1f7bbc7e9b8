package uk.headsup.inclusion.internal.exclusions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.PupilAccess.Viewer;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.ActionsDue;

/**
 * The exclusions' open deadlines: on the school's "What needs your attention" for its head and authorised users,
 * and on the inclusion officer's list. Items name the pupil by initials only, as the attention page may be read
 * over a shoulder.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines implements ActionsDue {

    static final String LIST = "/inclusion";

    /** One open deadline of one exclusion. */
    public record Item(long exclusionId, String school, String pupil, String title, LocalDate due, boolean overdue) {}

    private final Exclusions exclusions;
    private final PupilAccess access;

    private final Clock clock;

    Deadlines(Exclusions exclusions, PupilAccess access, Clock clock) {
        this.exclusions = exclusions;
        this.access = access;
        this.clock = clock;
    }

    /** The open deadlines this viewer answers for, soonest first. */
    public List<Item> items(Viewer viewer, LocalDate today) {
        SchoolDays days = exclusions.schoolDays();
        List<Item> items = new ArrayList<>();
        for (Exclusions.Notified n : exclusions.open()) {
            if (!viewer.sees(n.exclusion().organisationId())) {
                continue;
            }
            for (Exclusion.Deadline d : n.exclusion().deadlines(days)) {
                if (!d.done()) {
                    items.add(new Item(
                            n.exclusion().id(),
                            n.pupil().schoolName(),
                            initials(n.pupil()),
                            d.title(),
                            d.due(),
                            d.overdue(today)));
                }
            }
        }
        items.sort(Comparator.comparing(Item::due).thenComparing(Item::exclusionId));
        return items;
    }

    @Override
    public List<ActionDue> actionsDue(String email) {
        Viewer viewer = access.schoolViewer(email);
        if (viewer.schools().isEmpty()) {
            return List.of();
        }
        return items(viewer, LocalDate.now(clock.withZone(Exclusions.UK))).stream()
                .map(i -> new ActionDue(
                        i.title() + ": exclusion of " + i.pupil() + " (" + i.school() + ")",
                        i.due(),
                        "/inclusion/exclusions/" + i.exclusionId(),
                        "Exclusions",
                        LIST,
                        ActionDue.Status.OPEN))
                .toList();
    }

    static String initials(Pupil p) {
        return p.firstName().charAt(0) + "." + p.lastName().charAt(0) + ".";
    }
}
