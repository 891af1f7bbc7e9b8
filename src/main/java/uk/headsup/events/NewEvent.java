package uk.headsup.events;

import java.time.LocalDateTime;
import java.util.List;
import uk.headsup.directory.Audience;

/**
 * An event to add. Times are UK local time (Europe/London).
 *
 * @param sessions when it runs: one session, or several for a course over several days
 * @param audience who may book and who is told
 * @param capacity places; 0 for a meeting nobody books
 * @param pricePence price per place, before VAT
 * @param perOrganisationLimit most places one organisation may hold, or null for no limit
 * @param seriesId the calendar of meetings it belongs to, or null
 */
public record NewEvent(
        EventType type,
        String title,
        String description,
        Audience audience,
        String audienceLabel,
        List<Session> sessions,
        Venue venue,
        String trainer,
        String contactName,
        String contactEmail,
        boolean bookable,
        int capacity,
        long pricePence,
        Vat vat,
        LocalDateTime bookingOpens,
        LocalDateTime bookingCloses,
        LocalDateTime cancellationDeadline,
        Integer perOrganisationLimit,
        boolean autoConfirm,
        int offerHoldHours,
        boolean everyoneShouldAttend,
        Integer reminderDaysBefore,
        List<String> evaluationQuestions,
        Long seriesId) {

    public NewEvent {
        sessions = List.copyOf(sessions);
        evaluationQuestions = evaluationQuestions == null ? List.of() : List.copyOf(evaluationQuestions);
    }

    /** One sitting of an event, in UK local time. */
    public record Session(LocalDateTime starts, LocalDateTime ends) {}

    /** Where it happens: an address with accessibility information, an online link, or both. */
    public record Venue(String name, String address, String accessibility, String onlineLink) {}

    /** The questions asked after every training course unless the course sets its own. */
    public static final List<String> STANDARD_QUESTIONS = List.of(
            "How useful was the course for your work?",
            "How well did the trainer explain the content?",
            "How well organised was the course?");
}
