package uk.headsup.events.internal.bookings;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a person came, as the register has it: a mark for one session, and a confirmed place's outcome once the
 * event is over. A place is not settled (its column null) until its event's last session ends.
 */
public enum Attendance {
    ATTENDED,
    NO_SHOW;

    public boolean attended() {
        return this == ATTENDED;
    }

    /** The register recorded that the person did not come. */
    public boolean noShow() {
        return this == NO_SHOW;
    }

    /** A session's mark as {@code event_attendance.attended} holds it. */
    public static Attendance marked(boolean present) {
        return present ? ATTENDED : NO_SHOW;
    }

    /** A place's outcome from the minutes of its event's sessions its person was marked present at: any counts. */
    public static Attendance settledFrom(long minutesPresent) {
        return marked(minutesPresent > 0);
    }

    /** The attendance {@code event_places.attendance} holds: null while the place is not settled. */
    public static Attendance ofColumn(String value) {
        return value == null ? null : valueOf(value);
    }

    /** A mark a register form sent, if it is one (a radio left unset, or anything else, is not). */
    public static Optional<Attendance> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
