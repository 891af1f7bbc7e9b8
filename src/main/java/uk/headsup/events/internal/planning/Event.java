package uk.headsup.events.internal.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.headsup.directory.Audience;
import uk.headsup.events.EventType;
import uk.headsup.events.Vat;
import uk.headsup.events.internal.Money;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.Markdown;

/** An event as stored, with the rules that depend only on it. */
public record Event(
        long id,
        EventType type,
        Long seriesId,
        String title,
        String description,
        Audience audience,
        String audienceLabel,
        Instant startsAt,
        Instant endsAt,
        String venueName,
        String venueAddress,
        String venueAccessibility,
        String onlineLink,
        String trainer,
        String contactName,
        String contactEmail,
        boolean bookable,
        int capacity,
        int placesTaken,
        int waiting,
        long pricePence,
        Vat vat,
        Instant bookingOpensAt,
        Instant bookingClosesAt,
        Instant cancellationDeadline,
        Integer perOrganisationLimit,
        boolean autoConfirm,
        int offerHoldHours,
        boolean everyoneShouldAttend,
        Integer reminderDaysBefore,
        List<String> evaluationQuestions,
        List<Session> sessions,
        Instant publishedAt) {

    /** One sitting, with its id (part of its calendar UID). */
    public record Session(long id, Instant startsAt, Instant endsAt) {}

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public boolean full() {
        return placesLeft() == 0 || waiting > 0;
    }

    /** Saved but not yet published: seen by events officers only, and not bookable. */
    public boolean draft() {
        return publishedAt == null;
    }

    public boolean bookingOpen(Instant now) {
        return !draft()
                && bookable
                && (bookingOpensAt == null || !now.isBefore(bookingOpensAt))
                && now.isBefore(bookingClosesAt);
    }

    public boolean bookingNotYetOpen(Instant now) {
        return bookingOpensAt != null && now.isBefore(bookingOpensAt);
    }

    public boolean isTraining() {
        return type == EventType.TRAINING;
    }

    public boolean free() {
        return pricePence == 0;
    }

    public boolean ended(Instant now) {
        return !now.isBefore(endsAt);
    }

    public String when() {
        if (sessions.size() <= 1) {
            return UkTime.span(startsAt, endsAt);
        }
        return sessions.size() + " sessions, from "
                + UkTime.span(sessions.get(0).startsAt(), sessions.get(0).endsAt());
    }

    public String where() {
        if (!venueName.isBlank()) {
            return venueName;
        }
        return onlineLink.isBlank() ? "To be confirmed" : "Online";
    }

    /** "£120.00 per place plus VAT at 20%", "Free". */
    public String price() {
        if (pricePence == 0) {
            return "Free";
        }
        String amount = Money.format(pricePence) + " per place";
        return switch (vat) {
            case NONE -> amount;
            case EXEMPT -> amount + " (exempt from VAT)";
            case STANDARD -> amount + " plus VAT at 20%";
        };
    }

    /** Hours of training over all sessions, for certificates: 6.5. */
    public double hours() {
        long minutes = sessions.stream()
                .mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                .sum();
        return Math.round(minutes / 15.0) / 4.0;
    }

    public String hoursText() {
        double h = hours();
        String n = h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
        return n + (h == 1 ? " hour" : " hours");
    }

    public String descriptionHtml() {
        return Markdown.toHtml(description, Markdown.Policy.DESCRIPTION);
    }

    public String path() {
        return "/events/" + id;
    }
}
