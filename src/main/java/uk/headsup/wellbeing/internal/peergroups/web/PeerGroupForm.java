package uk.headsup.wellbeing.internal.peergroups.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;

/**
 * A peer group's meetings as typed by the coordinator, in the order of the page: the first meeting's date and times,
 * how many meetings and how many weeks apart, where, and how many places; {@link PeerGroupFormValidator} checks it.
 * The venue is stripped as it is bound; a field missing from the request is blank.
 */
record PeerGroupForm(
        DateInput firstMeeting,
        String starts,
        String ends,
        String meetings,
        String weeksApart,

        @NotBlank(message = "Enter where the group meets, or Online")
        @Size(max = 200, message = "Where the group meets must be 200 characters or fewer")
        String venue,

        String places) {

    static final int MOST_MEETINGS = 12;

    PeerGroupForm {
        firstMeeting = firstMeeting == null ? new DateInput() : firstMeeting;
        starts = starts == null ? "" : starts.strip();
        ends = ends == null ? "" : ends.strip();
        meetings = meetings == null ? "" : meetings.strip();
        weeksApart = weeksApart == null ? "" : weeksApart.strip();
        venue = venue == null ? "" : venue.strip();
        places = places == null ? "" : places.strip();
    }

    /** The form as first shown: six meetings six weeks apart, 4pm to 5:30pm, with the offer's places (or ten). */
    static PeerGroupForm forPlaces(Integer places) {
        return new PeerGroupForm(
                new DateInput(), "16:00", "17:30", "6", "6", "", places == null ? "10" : places.toString());
    }
}
