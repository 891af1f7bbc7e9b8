package uk.headsup.events.internal.bookings.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.events.internal.bookings.BookingRefused;

/**
 * A refused change that no form could show (a place changed meanwhile) leads to a page that says why, from any events
 * page ({@code basePackages}: the controllers are in every feature's {@code web/}, not only in this one's).
 */
@ControllerAdvice(basePackages = "uk.headsup.events")
class EventsErrors {

    @ExceptionHandler(BookingRefused.class)
    String refused(BookingRefused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", refused.getMessage());
        return "redirect:/events/problem";
    }
}
