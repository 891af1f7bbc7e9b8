package uk.headsup.events.internal.bookings.web;

import uk.headsup.directory.StaffMember;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.planning.Event;

/**
 * Who sees and books what: authority staff see every published event; school staff see the events of their
 * audiences. A draft is seen by events officers only, and nobody books it.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean maySee(Viewer viewer, Event event, StaffLookup staff) {
        if (event.draft()) {
            return viewer.eventsOfficer();
        }
        return viewer.authorityStaff() || inAudience(viewer, event, staff);
    }

    public static boolean mayBook(Viewer viewer, Event event, StaffLookup staff) {
        return event.bookable()
                && !event.draft()
                && (viewer.eventsOfficer() || inAudience(viewer, event, staff) || booksForOthers(viewer));
    }

    public static boolean booksForOthers(Viewer viewer) {
        return viewer.posts().stream().anyMatch(p -> BookingDesk.BOOK_FOR_COLLEAGUES.contains(p.role()));
    }

    private static boolean inAudience(Viewer viewer, Event event, StaffLookup staff) {
        if (viewer.staff().isEmpty()) {
            return false;
        }
        StaffMember me = viewer.staff().get();
        return me.posts().stream().anyMatch(p -> staff.inAudience(event.audience(), me.personId(), p.organisationId()))
                || booksForOthers(viewer)
                        && me.posts().stream()
                                .anyMatch(p -> staff.members(event.audience()).stream()
                                        .anyMatch(m -> m.organisationId() == p.organisationId()));
    }
}
