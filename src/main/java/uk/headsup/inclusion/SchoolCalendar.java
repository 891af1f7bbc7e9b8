package uk.headsup.inclusion;

/**
 * The authority's term dates as school days, for any module that counts deadlines or needs real term dates.
 * Reflects the term dates as they are now (imported or typed in by the inclusion officer).
 */
public interface SchoolCalendar {

    SchoolDays schoolDays();
}
