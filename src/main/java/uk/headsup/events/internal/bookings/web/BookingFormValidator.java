package uk.headsup.events.internal.bookings.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link BookingForm}: people of the list, requirements and a purchase order that fit. Whether
 * they may be booked (their workplace, the event's audience and limits) is the booking desk's to refuse.
 */
@Component
class BookingFormValidator {

    static final int MOST_REQUIREMENTS = 500;

    private final Validator constraints;

    BookingFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /**
     * The request to book, or null with the problems in {@code errors}; {@code onlyYou} is the viewer's own person
     * when they book for themselves (then they are the only attendee, whoever was ticked), else null.
     */
    BookingDesk.Request check(BookingForm form, long eventId, Long onlyYou, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        List<Long> people = onlyYou != null ? List.of(onlyYou) : people(problems, form.people());
        List<BookingDesk.Attendee> attendees = new ArrayList<>();
        for (long id : people) {
            String dietary = requirement(problems, form.dietary(), id, "Dietary requirements");
            String access = requirement(problems, form.access(), id, "Access requirements");
            attendees.add(new BookingDesk.Attendee(id, dietary, access));
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        long organisation = form.organisation() == null ? 0 : form.organisation();
        return new BookingDesk.Request(eventId, organisation, attendees, form.purchaseOrder());
    }

    private static List<Long> people(FormProblems problems, List<String> ticked) {
        List<Long> people = new ArrayList<>();
        for (String id : ticked) {
            try {
                people.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                problems.add("people", "unknown", "Choose people from the list");
                return List.of();
            }
        }
        return people;
    }

    private static String requirement(FormProblems problems, Map<String, String> typed, long id, String what) {
        String text = typed.getOrDefault(String.valueOf(id), "");
        text = text == null ? "" : text.strip();
        if (text.length() > MOST_REQUIREMENTS && !problems.has("people")) {
            problems.add("people", "size", what + " must be " + MOST_REQUIREMENTS + " characters or fewer");
        }
        return text;
    }
}
