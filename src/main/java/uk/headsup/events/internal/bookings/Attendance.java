package uk.headsup.events.internal.bookings;

/**
 * What the register settled for a place once its event was over (the {@code event_places.attendance} column; null
 * until then).
 */
public enum Attendance {
    ATTENDED,
    NO_SHOW;

    /** The column's value as read, null while the register is not settled. */
    static Attendance of(String column) {
        return column == null ? null : valueOf(column);
    }
}
