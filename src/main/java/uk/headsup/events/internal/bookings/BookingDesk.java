package uk.headsup.events.internal.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.StaffMember;
import uk.headsup.events.internal.Lanes;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.platform.UkTime;

/**
 * Booking, cancelling, substituting and answering offers. Each is one transaction that takes the event's lock
 * through {@link Places} only after every check that needs no lock has passed, so the lock is held briefly.
 */
@Service
public class BookingDesk {

    /**
     * Roles that may book colleagues of their own organisation in one booking (each colleague still only onto events
     * meant for them): a SENCo books their team onto SEND training, a DSL theirs onto safeguarding.
     */
    public static final Set<OrganisationRole> BOOK_FOR_COLLEAGUES = EnumSet.of(
            OrganisationRole.HEADTEACHER,
            OrganisationRole.BUSINESS_MANAGER,
            OrganisationRole.SENCO,
            OrganisationRole.DSL);

    /** Roles that see their organisation's statement of charges. */
    public static final Set<OrganisationRole> SEE_CHARGES =
            EnumSet.of(OrganisationRole.HEADTEACHER, OrganisationRole.BUSINESS_MANAGER);

    private final Events events;
    private final Bookings bookings;
    private final Places places;
    private final StaffLookup staff;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AttendeeVisibility visibility;

    BookingDesk(
            AttendeeVisibility visibility,
            TransactionTemplate transactions,
            Events events,
            Bookings bookings,
            Places places,
            StaffLookup staff,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.bookings = bookings;
        this.places = places;
        this.staff = staff;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
        this.transactions = transactions;
        this.visibility = visibility;
    }

    /** Who is booking: school staff for themselves or colleagues, or an events officer on someone's behalf. */
    public record Booker(String email, String name, boolean eventsOfficer) {}

    public record Attendee(long personId, String dietary, String accessNeeds) {}

    public record Request(long eventId, long organisationId, List<Attendee> attendees, String purchaseOrder) {}

    /** The booking and its places, in the order asked for, each confirmed or waiting. */
    public record Booked(long bookingId, List<Place> places) {

        public long confirmed() {
            return places.stream()
                    .filter(p -> p.status() == PlaceStatus.CONFIRMED)
                    .count();
        }

        public long waiting() {
            return places.stream()
                    .filter(p -> p.status() == PlaceStatus.WAITING)
                    .count();
        }
    }

    /** Bookings for one event decided together in one transaction at most (see {@link Lanes}). */
    static final int BATCH = 64;

    private final Lanes<Checked, Booked> lanes = new Lanes<>(BATCH, this::decide);

    /** A request that passed every check that needs no lock: who is booked, in the order asked for. */
    private record Checked(
            Booker booker,
            Request request,
            Event event,
            String organisationName,
            List<AudienceMember> attendees,
            Instant at) {}

    /**
     * Books places: each is confirmed while places last (and nobody is waiting), otherwise it waits. Every check
     * that needs no lock runs first, on the caller's thread; then the request joins the others for the same event
     * on this node and they are decided together, in the order they arrived, in one transaction that takes the
     * event's lock in its last statement (see {@link #decide}). Inside a caller's transaction it is decided alone,
     * in that transaction.
     */
    public Booked book(Booker booker, Request request) {
        Checked checked = check(booker, request);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return lanes.submit(checked.event().id(), checked);
        }
        return take(List.of(checked)).get(0).booked();
    }

    /** How a checked request was decided: its places taken, or refused (an organisation's limit reached). */
    private sealed interface Decision {

        /** The booking; throws the refusal for a refused request. */
        Booked booked();

        /** Answers the request's ticket once its transaction has committed. */
        void answer(Lanes.Ticket<Checked, Booked> ticket);
    }

    private record Taken(Booked booked) implements Decision {
        @Override
        public void answer(Lanes.Ticket<Checked, Booked> ticket) {
            ticket.answer(booked);
        }
    }

    private record Refused(BookingRefused reason) implements Decision {
        @Override
        public Booked booked() {
            throw reason;
        }

        @Override
        public void answer(Lanes.Ticket<Checked, Booked> ticket) {
            ticket.fail(reason);
        }
    }

    /**
     * Books places as they were booked at a time past, checked as they were then, in the caller's transaction: for
     * loaders of history such as the demo county's courses held before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Booked bookAsAt(Booker booker, Request request, Instant at) {
        return take(List.of(check(booker, request, at)), at).get(0).booked();
    }

    private Checked check(Booker booker, Request request) {
        return check(booker, request, clock.instant());
    }

    private Checked check(Booker booker, Request request, Instant now) {
        Event event = events.find(request.eventId())
                .filter(e -> !e.draft())
                .orElseThrow(() -> new BookingRefused("There is no such event"));
        if (!event.bookable()) {
            throw new BookingRefused(event.title() + " is not booked through Heads Up");
        }
        if (event.bookingNotYetOpen(now)) {
            throw new BookingRefused(
                    "Booking for " + event.title() + " opens at " + UkTime.deadline(event.bookingOpensAt()));
        }
        if (!event.bookingOpen(now)) {
            throw new BookingRefused(
                    "Booking for " + event.title() + " closed at " + UkTime.deadline(event.bookingClosesAt()));
        }
        if (request.attendees().isEmpty()) {
            throw new BookingRefused("Choose who to book a place for");
        }
        List<AudienceMember> colleagues = staff.colleagues(request.organisationId());
        String organisationName = authorise(booker, request, colleagues);
        if (visibility.confidential(event.id())) {
            onlyYourself(booker, request, event);
        }
        Map<Long, AudienceMember> byPerson =
                colleagues.stream().collect(Collectors.toMap(AudienceMember::personId, Function.identity()));
        Set<Long> seen = new LinkedHashSet<>();
        List<AudienceMember> attendees = new ArrayList<>();
        for (Attendee a : request.attendees()) {
            AudienceMember person = byPerson.get(a.personId());
            if (person == null) {
                throw new BookingRefused("You can only book for people who work at " + organisationName);
            }
            if (!seen.add(a.personId())) {
                continue;
            }
            if (!staff.inAudience(event.audience(), person.personId(), request.organisationId())) {
                throw new BookingRefused(notInAudience(person.name(), event));
            }
            bookings.liveAt(event.id(), person.email()).ifPresent(p -> {
                throw new BookingRefused(alreadyBooked(person.name(), p.status(), event));
            });
            attendees.add(person);
        }
        return new Checked(booker, request, event, organisationName, attendees, now);
    }

    /**
     * Decides a batch of checked requests for one event in one transaction. Should it fail (say two requests in it
     * book the same person, which the database refuses), each request is decided again on its own, so only the
     * one at fault fails. A ticket is answered only once its transaction has committed.
     */
    private void decide(List<Lanes.Ticket<Checked, Booked>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Decision> outcomes;
        try {
            outcomes = transactions.execute(
                    status -> take(batch.stream().map(t -> t.request).toList()));
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                batch.forEach(t -> decide(List.of(t)));
                return;
            }
            throw explained(e, batch.get(0).request);
        }
        for (int i = 0; i < batch.size(); i++) {
            outcomes.get(i).answer(batch.get(i));
        }
    }

    /**
     * Takes the places of checked requests for one event, in order, in the current transaction: the booking rows
     * and their recorded {@link BookingsMade} event first, then one statement that locks the event's row by
     * updating its counters and inserts every place (then the commit). An event with a per-organisation limit is
     * locked first instead, as the limit counts the places each organisation already holds. Returns, for each
     * request, its booking or why it was refused.
     */
    private List<Decision> take(List<Checked> requests) {
        return take(requests, clock.instant());
    }

    private List<Decision> take(List<Checked> requests, Instant now) {
        Event event = requests.get(0).event();
        List<Decision> outcomes = new ArrayList<>(Collections.nCopies(requests.size(), null));
        List<Integer> accepted = new ArrayList<>();
        if (event.perOrganisationLimit() == null) {
            for (int i = 0; i < requests.size(); i++) {
                accepted.add(i);
            }
        } else {
            Places.Ledger ledger = places.lock(event.id());
            Map<Long, Integer> held = new HashMap<>();
            for (int i = 0; i < requests.size(); i++) {
                Checked c = requests.get(i);
                long organisation = c.request().organisationId();
                int has = held.computeIfAbsent(organisation, o -> places.liveFor(ledger, o));
                if (has + c.attendees().size() > ledger.perOrganisationLimit) {
                    outcomes.set(
                            i,
                            new Refused(new BookingRefused(c.organisationName() + " can book up to "
                                    + ledger.perOrganisationLimit
                                    + (ledger.perOrganisationLimit == 1 ? " place" : " places") + " for "
                                    + event.title() + (has == 0 ? "" : " and already has " + has))));
                } else {
                    held.put(organisation, has + c.attendees().size());
                    accepted.add(i);
                }
            }
        }
        if (accepted.isEmpty()) {
            return outcomes;
        }
        List<Places.NewBooking> newBookings = accepted.stream()
                .map(requests::get)
                .map(c -> new Places.NewBooking(
                        c.request().organisationId(),
                        c.organisationName(),
                        c.booker().email(),
                        c.booker().name(),
                        c.booker().eventsOfficer(),
                        c.request().purchaseOrder() == null
                                ? ""
                                : c.request().purchaseOrder().strip()))
                .toList();
        List<Long> ids = places.book(event.id(), newBookings, now);
        List<Places.NewPlace> wanted = new ArrayList<>();
        for (int k = 0; k < accepted.size(); k++) {
            Checked c = requests.get(accepted.get(k));
            Map<Long, Attendee> asked =
                    c.request().attendees().stream().collect(Collectors.toMap(Attendee::personId, a -> a, (a, b) -> a));
            for (AudienceMember person : c.attendees()) {
                wanted.add(new Places.NewPlace(
                        ids.get(k),
                        c.request().organisationId(),
                        c.organisationName(),
                        person.personId(),
                        person.name(),
                        person.email(),
                        clean(asked.get(person.personId()).dietary()),
                        clean(asked.get(person.personId()).accessNeeds()),
                        UUID.randomUUID() + "@headsup"));
            }
        }
        // The emails follow the commit (BookingEmails); recorded now, before the lock, so the lock is held briefly.
        publisher.publishEvent(new BookingsMade(ids));
        // From here on the event is locked until commit.
        Map<Long, List<Place>> taken = places.take(event.id(), wanted, now).stream()
                .sorted(Comparator.comparing(Place::id))
                .collect(Collectors.groupingBy(Place::bookingId));
        for (int k = 0; k < accepted.size(); k++) {
            outcomes.set(accepted.get(k), new Taken(new Booked(ids.get(k), taken.get(ids.get(k)))));
        }
        return outcomes;
    }

    /** Says what went wrong in words the booker understands, where the database refused a request. */
    private static RuntimeException explained(RuntimeException e, Checked c) {
        if (e instanceof DuplicateKeyException
                && String.valueOf(e.getMessage()).contains("event_places_one_live_per_person")) {
            return new BookingRefused(
                    c.attendees().size() == 1
                            ? alreadyBooked(c.attendees().get(0).name(), null, c.event())
                            : "Someone you are booking for already has a place or is on the waiting list for "
                                    + c.event().title() + ": look at your bookings");
        }
        return e;
    }

    private static String alreadyBooked(String name, PlaceStatus status, Event event) {
        return name
                + (status == null
                        ? " already has a place or is on the waiting list"
                        : status == PlaceStatus.WAITING ? " is already on the waiting list" : " already has a place")
                + " for " + event.title();
    }

    /** Checks the booker may book for this organisation and these people; returns the organisation's name. */
    private String authorise(Booker booker, Request request, List<AudienceMember> colleagues) {
        if (booker.eventsOfficer()) {
            if (colleagues.isEmpty()) {
                throw new BookingRefused("Choose a school or setting where the attendees work");
            }
            return colleagues.get(0).organisationName();
        }
        StaffMember me = staff.staffMember(booker.email())
                .orElseThrow(() -> new BookingRefused("Only staff of schools and settings can book places"));
        List<StaffMember.Post> there = me.posts().stream()
                .filter(p -> p.organisationId() == request.organisationId())
                .toList();
        if (there.isEmpty()) {
            throw new BookingRefused("You can only book for a school or setting where you work");
        }
        boolean forOthers = request.attendees().stream().anyMatch(a -> a.personId() != me.personId());
        if (forOthers && there.stream().noneMatch(p -> BOOK_FOR_COLLEAGUES.contains(p.role()))) {
            throw new BookingRefused(
                    "Only the headteacher, school business manager, SENCo or designated safeguarding lead can book places"
                            + " for colleagues: book your own place");
        }
        return there.get(0).organisationName();
    }

    /** At an event whose attendees are confidential ({@link AttendeeVisibility}), each person books only their own place. */
    private void onlyYourself(Booker booker, Request request, Event event) {
        Optional<StaffMember> me = booker.eventsOfficer() ? Optional.empty() : staff.staffMember(booker.email());
        if (me.isEmpty()
                || request.attendees().stream()
                        .anyMatch(a -> a.personId() != me.get().personId())) {
            throw new BookingRefused("Who goes to " + event.title()
                    + " is confidential, so each person books their own place: nobody can book for anyone else");
        }
    }

    /** Who may change a place: its attendee, whoever booked it, or an events officer. */
    public record Actor(String email, boolean eventsOfficer) {

        boolean mayChange(Place place) {
            return eventsOfficer || place.isFor(email) || place.bookedBy(email);
        }
    }

    /**
     * Cancels a place. After the cancellation deadline a confirmed place is still charged unless the authority
     * waives it. A freed place goes to the waiting list.
     */
    @Transactional
    public Place cancel(long placeId, Actor actor) {
        Instant now = clock.instant();
        Place place = changeable(placeId, actor);
        Event event = events.find(place.eventId()).orElseThrow();
        Places.Ledger ledger = places.lock(place.eventId());
        place = bookings.place(placeId).orElseThrow();
        places.end(ledger, place, place.cancel(event.cancellationDeadline(), now), actor.email());
        publisher.publishEvent(PlaceChanged.of(placeId, PlaceChanged.Change.CANCELLED));
        return bookings.place(placeId).orElseThrow();
    }

    /** Gives a place to a colleague at the same organisation who is in the event's audience. */
    @Transactional
    public Place substitute(long placeId, long newPersonId, String dietary, String accessNeeds, Actor actor) {
        Place place = changeable(placeId, actor);
        Event event = events.find(place.eventId()).orElseThrow();
        if (!place.status().live()) {
            throw new BookingRefused("Only a current place can be given to a colleague");
        }
        if (visibility.confidential(event.id())) {
            throw new BookingRefused("Who goes to " + event.title()
                    + " is confidential: a place cannot be given to a colleague, who can book their own");
        }
        if (event.ended(clock.instant())) {
            throw new BookingRefused(event.title() + " has already taken place");
        }
        AudienceMember colleague = staff.colleagues(place.organisationId()).stream()
                .filter(m -> m.personId() == newPersonId)
                .findFirst()
                .orElseThrow(() -> new BookingRefused("Choose a colleague who works at " + place.organisationName()));
        if (!staff.inAudience(event.audience(), newPersonId, place.organisationId())) {
            throw new BookingRefused(notInAudience(colleague.name(), event));
        }
        if (bookings.liveAt(event.id(), colleague.email()).isPresent()) {
            throw new BookingRefused(colleague.name() + " already has a place or is on the waiting list");
        }
        places.lock(event.id());
        int changed = jdbc.sql("""
                        update event_places set person_id = :p, attendee_name = :name, attendee_email = :email,
                            dietary = :dietary, access_needs = :access, uid = :uid, ics_sequence = 0
                        where id = :id and status = :status
                        """)
                .param("p", colleague.personId())
                .param("name", colleague.name())
                .param("email", colleague.email())
                .param("dietary", clean(dietary))
                .param("access", clean(accessNeeds))
                .param("uid", UUID.randomUUID() + "@headsup")
                .param("id", placeId)
                .param("status", place.status().name())
                .update();
        if (changed == 0) {
            throw new BookingRefused("This place has changed since you looked at it: look again");
        }
        publisher.publishEvent(new PlaceChanged(
                placeId, PlaceChanged.Change.SUBSTITUTED, place.attendeeName(), place.attendeeEmail(), place.uid()));
        return bookings.place(placeId).orElseThrow();
    }

    @Transactional
    public Place acceptOffer(long placeId, String email) {
        Instant now = clock.instant();
        places.lock(offered(placeId, email).eventId());
        Place place = bookings.place(placeId).orElseThrow();
        places.save(place, place.acceptOffer(now), null);
        publisher.publishEvent(PlaceChanged.of(placeId, PlaceChanged.Change.OFFER_ACCEPTED));
        return bookings.place(placeId).orElseThrow();
    }

    @Transactional
    public Place declineOffer(long placeId, String email) {
        Instant now = clock.instant();
        offered(placeId, email);
        Places.Ledger ledger = places.lock(bookings.place(placeId).orElseThrow().eventId());
        Place place = bookings.place(placeId).orElseThrow();
        places.end(ledger, place, place.declineOffer(now), email);
        return bookings.place(placeId).orElseThrow();
    }

    /**
     * Changes how many places there are: never below the places taken (confirmed and offered); more places are
     * given to the waiting list at once.
     */
    @Transactional
    public void changeCapacity(long eventId, int capacity) {
        Places.Ledger ledger = places.lock(eventId);
        if (capacity < ledger.taken) {
            throw new BookingRefused("Capacity must be at least " + ledger.taken
                    + ", the number of places already confirmed or offered");
        }
        jdbc.sql("update events set capacity = :c where id = :id")
                .param("c", capacity)
                .param("id", eventId)
                .update();
        Places.Ledger changed = places.lock(eventId);
        places.moveWaitingList(changed, clock.instant());
    }

    /** The authority waives the charge for a late cancellation or a no-show. */
    @Transactional
    public void waive(long placeId, String officerEmail) {
        jdbc.sql("update event_places set charge_waived_by = :by where id = :id and charge_waived_by is null")
                .param("by", officerEmail)
                .param("id", placeId)
                .update();
    }

    private Place changeable(long placeId, Actor actor) {
        Place place = bookings.place(placeId).orElseThrow(() -> new BookingRefused("There is no such place"));
        if (!actor.mayChange(place) || !visibility.maySee(place, actor.email(), actor.eventsOfficer())) {
            throw new NotYours();
        }
        return place;
    }

    private Place offered(long placeId, String email) {
        Place place = bookings.place(placeId).orElseThrow(() -> new BookingRefused("There is no such place"));
        if (!place.isFor(email)) {
            throw new NotYours();
        }
        if (place.status() != PlaceStatus.OFFERED) {
            throw new BookingRefused("This offer has ended");
        }
        return place;
    }

    /** Someone tried to change a place that is neither theirs nor booked by them. */
    public static class NotYours extends ResponseStatusException {
        NotYours() {
            super(HttpStatus.NOT_FOUND);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static String notInAudience(String name, Event event) {
        return name + " cannot have a place: " + event.title() + " is for " + event.audienceLabel();
    }
}
