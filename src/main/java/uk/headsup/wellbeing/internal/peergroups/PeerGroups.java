package uk.headsup.wellbeing.internal.peergroups;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.directory.Audience;
import uk.headsup.events.EventAttendee;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.EventType;
import uk.headsup.events.NewEvent;
import uk.headsup.events.Vat;
import uk.headsup.wellbeing.OfferKind;
import uk.headsup.wellbeing.internal.offers.Offer;
import uk.headsup.wellbeing.internal.offers.OffersRunAsEvents;

/**
 * Peer groups run as events: the coordinator sets a peer group offer's meetings, and the events module keeps them as
 * one bookable event whose attendees are confidential (no events page lists them, events officers and
 * administrators included); each head books their own place as usual, and the coordinator sees who is in the group
 * here.
 */
@Service
@Transactional
public class PeerGroups implements OffersRunAsEvents {

    /** The group's meetings, every so many weeks from the first, in UK local time. */
    public record Meetings(LocalDateTime first, LocalTime ends, int count, int weeksApart, String venue, int places) {

        List<NewEvent.Session> sessions() {
            List<NewEvent.Session> sessions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDateTime starts = first.plusWeeks((long) i * weeksApart);
                sessions.add(new NewEvent.Session(starts, starts.toLocalDate().atTime(ends)));
            }
            return sessions;
        }
    }

    private final JdbcClient jdbc;
    private final EventPlanning planning;
    private final ApplicationEventPublisher published;

    PeerGroups(JdbcClient jdbc, EventPlanning planning, ApplicationEventPublisher published) {
        this.jdbc = jdbc;
        this.planning = planning;
        this.published = published;
    }

    @Transactional(readOnly = true)
    public Optional<Long> eventOf(long offerId) {
        return jdbc.sql("select event_id from wellbeing_offers where id = :id and event_id is not null")
                .param("id", offerId)
                .query(Long.class)
                .optional();
    }

    /** Each peer group offer that runs as an event, and its event. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> events() {
        Map<Long, Long> events = new HashMap<>();
        jdbc.sql("select id, event_id from wellbeing_offers where event_id is not null")
                .query(rs -> {
                    events.put(rs.getLong(1), rs.getLong(2));
                });
        return events;
    }

    /** Adds the group's meetings as one bookable event whose attendees are confidential; returns its id. */
    public long start(Offer offer, Meetings meetings, SignedInUser coordinator) {
        if (offer.kind() != OfferKind.PEER_GROUP) {
            throw new IllegalArgumentException(offer.title() + " is not a peer group");
        }
        if (eventOf(offer.id()).isPresent()) {
            throw new IllegalStateException(offer.title() + " already runs as an event");
        }
        List<NewEvent.Session> sessions = meetings.sessions();
        LocalDateTime firstStarts = sessions.get(0).starts();
        long eventId = planning.add(
                new NewEvent(
                        EventType.PEER_GROUP,
                        offer.title(),
                        offer.description()
                                + "\n\nWho goes is confidential: only you and the wellbeing coordinator see your place."
                                + " Each person books their own.",
                        new Audience(offer.roles(), offer.phases(), Set.of(), Set.of(), Set.of(), Set.of(), false),
                        offer.whoFor(),
                        sessions,
                        new NewEvent.Venue(meetings.venue(), "", "", ""),
                        "",
                        coordinator.name(),
                        coordinator.email(),
                        true,
                        meetings.places(),
                        0,
                        Vat.NONE,
                        null,
                        firstStarts,
                        firstStarts,
                        null,
                        true,
                        48,
                        false,
                        2,
                        List.of(),
                        null),
                coordinator.email());
        planning.keepAttendeesConfidential(eventId);
        jdbc.sql("update wellbeing_offers set event_id = :event where id = :id")
                .param("event", eventId)
                .param("id", offer.id())
                .update();
        published.publishEvent(new Started(eventId));
        return eventId;
    }

    /** A peer group now runs as this event: whoever keeps peer groups' events in memory reads them again. */
    public record Started(long eventId) {}

    @Transactional(readOnly = true)
    public List<EventAttendee> attendees(long eventId) {
        return planning.confidentialAttendees(eventId);
    }
}
