package uk.headsup.wellbeing.internal.peergroups.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;
import uk.headsup.platform.DateInput;
import uk.headsup.wellbeing.internal.peergroups.PeerGroups;

/**
 * A peer group's meetings as typed by the coordinator (a class, for the shared date input fragment): the first
 * meeting's date and times, how many meetings and how many weeks apart, where, and how many places.
 */
public class PeerGroupForm {

    static final int MOST_MEETINGS = 12;

    private DateInput firstMeeting = new DateInput();
    private String starts = "16:00";
    private String ends = "17:30";
    private String meetings = "6";
    private String weeksApart = "6";
    private String venue = "";
    private String places = "";

    static PeerGroupForm forPlaces(Integer places) {
        PeerGroupForm form = new PeerGroupForm();
        form.places = places == null ? "10" : places.toString();
        return form;
    }

    /** The meetings, or null with the problems in {@code errors}. */
    PeerGroups.Meetings check(Errors errors, LocalDate today) {
        LocalDate first = null;
        if (firstMeeting.isBlank()) {
            errors.rejectValue("firstMeeting", "required", "Enter the date of the first meeting");
        } else if (firstMeeting.problem("The first meeting") != null) {
            errors.rejectValue("firstMeeting", "date", firstMeeting.problem("The first meeting"));
        } else {
            first = firstMeeting.date().orElseThrow();
            if (!first.isAfter(today)) {
                errors.rejectValue("firstMeeting", "past", "The first meeting must be after today");
                first = null;
            }
        }
        LocalTime from = time(errors, "starts", starts, "the time the meetings start");
        LocalTime to = time(errors, "ends", ends, "the time the meetings end");
        if (from != null && to != null && !to.isAfter(from)) {
            errors.rejectValue("ends", "order", "The meetings must end after they start");
        }
        Integer count = number(errors, "meetings", meetings, "The number of meetings", 1, MOST_MEETINGS);
        Integer apart = number(errors, "weeksApart", weeksApart, "The weeks between meetings", 1, 26);
        if (venue.isBlank()) {
            errors.rejectValue("venue", "required", "Enter where the group meets, or Online");
        } else if (venue.strip().length() > 200) {
            errors.rejectValue("venue", "size", "Where the group meets must be 200 characters or fewer");
        }
        Integer size = number(errors, "places", places, "The number of places", 2, 50);
        if (errors.hasErrors()) {
            return null;
        }
        return new PeerGroups.Meetings(first.atTime(from), to, count, apart, venue.strip(), size);
    }

    private static LocalTime time(Errors errors, String field, String value, String what) {
        if (value.isBlank()) {
            errors.rejectValue(field, "required", "Enter " + what + ", like 16:00");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "format", "Enter " + what + " as hours and minutes, like 16:00");
            return null;
        }
    }

    private static Integer number(Errors errors, String field, String value, String what, int least, int most) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < least || n > most) {
                errors.rejectValue(field, "range", what + " must be between " + least + " and " + most);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "format", what + " must be a whole number, like " + least);
            return null;
        }
    }

    public DateInput getFirstMeeting() {
        return firstMeeting;
    }

    public void setFirstMeeting(DateInput firstMeeting) {
        this.firstMeeting = firstMeeting == null ? new DateInput() : firstMeeting;
    }

    public String getStarts() {
        return starts;
    }

    public void setStarts(String starts) {
        this.starts = starts == null ? "" : starts;
    }

    public String getEnds() {
        return ends;
    }

    public void setEnds(String ends) {
        this.ends = ends == null ? "" : ends;
    }

    public String getMeetings() {
        return meetings;
    }

    public void setMeetings(String meetings) {
        this.meetings = meetings == null ? "" : meetings;
    }

    public String getWeeksApart() {
        return weeksApart;
    }

    public void setWeeksApart(String weeksApart) {
        this.weeksApart = weeksApart == null ? "" : weeksApart;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue == null ? "" : venue;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places == null ? "" : places;
    }
}
