package uk.headsup.events.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.mailing.Attachment;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;

/**
 * The attendance register. Marking someone as attended at a training course sends them, once, their certificate
 * of attendance (PDF) and a link to the course evaluation.
 */
@Service
public class Register {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final Events events;
    private final Certificates certificates;
    private final Mailer mailer;
    private final Site site;
    private final Clock clock;

    Register(
            JdbcClient jdbc,
            Bookings bookings,
            Events events,
            Certificates certificates,
            Mailer mailer,
            Site site,
            Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.events = events;
        this.certificates = certificates;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** Records attendance (place id to ATTENDED or NO_SHOW) for confirmed places of the event; returns certificates sent. */
    @Transactional
    public int mark(long eventId, Map<Long, String> attendance) {
        Event event = events.find(eventId).orElseThrow();
        int sent = 0;
        for (Map.Entry<Long, String> mark : attendance.entrySet()) {
            if (!mark.getValue().equals("ATTENDED") && !mark.getValue().equals("NO_SHOW")) {
                continue;
            }
            jdbc.sql(
                            "update event_places set attendance = :a where id = :id and event_id = :e and status = 'CONFIRMED'")
                    .param("a", mark.getValue())
                    .param("id", mark.getKey())
                    .param("e", eventId)
                    .update();
            if (mark.getValue().equals("ATTENDED") && event.isTraining()) {
                Place place = bookings.place(mark.getKey()).orElseThrow();
                if (place.certificateSentAt() == null && place.attended()) {
                    sendCertificate(event, place);
                    sent++;
                }
            }
        }
        return sent;
    }

    private void sendCertificate(Event event, Place place) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
        jdbc.sql("""
                        update event_places set certificate_sent_at = :now, evaluation_token = coalesce(evaluation_token, :t),
                            evaluation_sent_at = :now
                        where id = :id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("t", token)
                .param("id", place.id())
                .update();
        Place marked = bookings.place(place.id()).orElseThrow();
        mailer.send(new Notice(
                        "certificate",
                        place.attendeeEmail(),
                        place.attendeeName(),
                        "Your certificate of attendance: " + event.title())
                .say("Thank you for attending " + event.title() + ". Your certificate of attendance is attached ("
                        + event.hoursText() + " of training). You can also download it from your bookings.")
                .say("Please tell us what you thought of the course: it takes two minutes and helps us improve it.")
                .event(event)
                .link(
                        "Tell us what you thought of the course",
                        site.link("/events/evaluations/" + marked.evaluationToken()))
                .attach(new Attachment("certificate.pdf", "application/pdf", certificates.pdf(event, marked)))
                .email());
    }

    private static byte[] bytes() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return b;
    }
}
