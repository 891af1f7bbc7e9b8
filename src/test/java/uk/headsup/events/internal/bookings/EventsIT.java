package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventCards;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.events.NewEvent;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.events.internal.Terms;
import uk.headsup.events.internal.calendar.CalendarFeeds;
import uk.headsup.events.internal.planning.Event;
import uk.headsup.events.internal.planning.Events;
import uk.headsup.events.internal.register.Certificates;
import uk.headsup.events.internal.register.Register;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * The events module on the demo county: the booking rules, the waiting list moving by itself (with a clock the
 * test controls), capacity changes, certificates, feeds and charges.
 */
@HeadsUpIntegrationTest
class EventsIT {

    static final BookingDesk.Actor OFFICER = new BookingDesk.Actor("grace.okafor@elmshire.example", true);

    @Autowired
    EventPlanning planning;

    @Autowired
    BookingDesk desk;

    @Autowired
    Bookings bookings;

    @Autowired
    Events events;

    @Autowired
    Places places;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Register register;

    @Autowired
    Certificates certificates;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Charges charges;

    @Autowired
    Reminders reminders;

    @Autowired
    EventCards cards;

    @Autowired
    StaffLookup staff;

    @Autowired
    uk.headsup.mailing.Mailer mailer;

    @Autowired
    uk.headsup.platform.Site site;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** A school's staff by role, from the demo county. */
    Map<OrganisationRole, AudienceMember> staffOf(String school) {
        Map<OrganisationRole, AudienceMember> staff = new java.util.EnumMap<>(OrganisationRole.class);
        directory.members(Audience.everyone(), LocalDate.now()).stream()
                .filter(m -> m.organisationName().equals(school))
                .forEach(m -> staff.put(m.role(), m));
        return staff;
    }

    static BookingDesk.Booker booker(AudienceMember m) {
        return new BookingDesk.Booker(m.email(), m.name(), false);
    }

    static BookingDesk.Request request(long event, AudienceMember... people) {
        return new BookingDesk.Request(
                event,
                people[0].organisationId(),
                java.util.Arrays.stream(people)
                        .map(p -> new BookingDesk.Attendee(p.personId(), "Vegetarian", ""))
                        .toList(),
                "PO-4471");
    }

    @Test
    void aBusinessManagerBooksThreeColleaguesForTwoPlacesAndTheThirdWaits() {
        var school = staffOf("Kingsford Primary School");
        long event = planning.add(EventFixtures.aCourse().withPlaces(2).build(), "test");
        BookingDesk.Booked booked = desk.book(
                booker(school.get(OrganisationRole.BUSINESS_MANAGER)),
                request(
                        event,
                        school.get(OrganisationRole.HEADTEACHER),
                        school.get(OrganisationRole.SENCO),
                        school.get(OrganisationRole.DSL)));
        assertThat(booked.places())
                .extracting(Place::status)
                .containsExactly(PlaceStatus.CONFIRMED, PlaceStatus.CONFIRMED, PlaceStatus.WAITING);
        assertThat(booked.places())
                .allMatch(
                        p -> p.purchaseOrder().equals("PO-4471") && p.dietary().equals("Vegetarian"));

        // The head may hold places booked by other tests too: the calendar file of this booking is the one with its
        // place.
        String ics = awaitAttachment(
                school.get(OrganisationRole.HEADTEACHER).email(),
                "booking.ics",
                "UID:" + booked.places().get(0).uid());
        assertThat(ics)
                .contains(
                        "METHOD:REQUEST",
                        "BEGIN:VTIMEZONE",
                        "UID:" + booked.places().get(0).uid());
        awaitSubject(school.get(OrganisationRole.DSL).email(), "You are on the waiting list");
        awaitSubject(school.get(OrganisationRole.BUSINESS_MANAGER).email(), "Your booking for");

        // The headteacher cancels: the place is offered to the DSL, held for 48 hours, then passed on.
        Place dsl = booked.places().get(2);
        desk.cancel(
                booked.places().get(0).id(),
                new BookingDesk.Actor(school.get(OrganisationRole.HEADTEACHER).email(), false));
        Place offered = bookings.place(dsl.id()).orElseThrow();
        assertThat(offered.status()).isEqualTo(PlaceStatus.OFFERED);
        assertThat(Duration.between(Instant.now(), offered.offerExpiresAt()))
                .isBetween(Duration.ofHours(47), Duration.ofHours(48));
        awaitSubject(dsl.attendeeEmail(), "A place is free for you");
    }

    @Test
    void anOfferNotTakenUpIsPassedToTheNextPersonWhenItsTimeIsUp() {
        var a = staffOf("Kingsford Academy");
        var b = staffOf("Mereton Academy");
        long event = planning.add(
                EventFixtures.aCourse().withPlaces(1).holdingOffersFor(48).build(), "test");
        Place first = desk.book(booker(a.get(OrganisationRole.SENCO)), request(event, a.get(OrganisationRole.SENCO)))
                .places()
                .get(0);
        Place second = desk.book(booker(a.get(OrganisationRole.DSL)), request(event, a.get(OrganisationRole.DSL)))
                .places()
                .get(0);
        Place third = desk.book(booker(b.get(OrganisationRole.SENCO)), request(event, b.get(OrganisationRole.SENCO)))
                .places()
                .get(0);
        desk.cancel(first.id(), OFFICER);
        assertThat(bookings.place(second.id()).orElseThrow().status()).isEqualTo(PlaceStatus.OFFERED);

        WaitingList in47Hours = waitingListAt(Clock.offset(Clock.systemUTC(), Duration.ofHours(47)));
        WaitingList in49Hours = waitingListAt(Clock.offset(Clock.systemUTC(), Duration.ofHours(49)));
        in47Hours.passOnLapsedOffers();
        assertThat(bookings.place(second.id()).orElseThrow().status()).isEqualTo(PlaceStatus.OFFERED);
        in49Hours.passOnLapsedOffers();
        assertThat(bookings.place(second.id()).orElseThrow().status()).isEqualTo(PlaceStatus.OFFER_EXPIRED);
        Place next = bookings.place(third.id()).orElseThrow();
        assertThat(next.status()).isEqualTo(PlaceStatus.OFFERED);
        assertThat(next.offerExpiresAt()).isAfter(Instant.now().plus(Duration.ofHours(49 + 47)));
        assertThat(events.find(event).orElseThrow().placesTaken()).isEqualTo(1);

        desk.acceptOffer(third.id(), third.attendeeEmail());
        assertThat(bookings.place(third.id()).orElseThrow().status()).isEqualTo(PlaceStatus.CONFIRMED);
        awaitSubject(second.attendeeEmail(), "The place we held for you has gone");
    }

    WaitingList waitingListAt(Clock clock) {
        return new WaitingList(jdbc, places, bookings, publisher, transactions, clock);
    }

    Register registerAt(Clock clock) {
        return new Register(jdbc, bookings, events, certificates, mailer, site, transactions, clock);
    }

    Register registerAt(Instant instant) {
        return registerAt(Clock.fixed(instant, java.time.ZoneOffset.UTC));
    }

    List<String> subjectsTo(String email, String fragment) {
        return new uk.headsup.support.SentEmails(jdbc)
                .to(email).stream()
                        .map(uk.headsup.support.SentEmails.Message::subject)
                        .filter(subject -> subject.contains(fragment))
                        .toList();
    }

    Charges.Kind chargeFor(long event, Place place) {
        Event e = events.find(event).orElseThrow();
        return charges.forTerm(Terms.of(e.startsAt())).stream()
                .flatMap(st -> st.lines().stream())
                .filter(l -> l.event().equals(e.title()) && l.attendee().equals(place.attendeeName()))
                .findFirst()
                .orElseThrow()
                .kind();
    }

    @Test
    void theRegisterIsTakenPerSessionFromItsStartAndSettledOnlyAfterTheLastWithCorrectionsToldToThePerson()
            throws Exception {
        var s = staffOf("Kingsford Primary School");
        long event = planning.add(
                EventFixtures.aCourse()
                        .titled("Two mornings of phonics")
                        .costing(12000)
                        .inWeeklySessions(2)
                        .build(),
                "test");
        BookingDesk.Booked booked = desk.book(
                booker(s.get(OrganisationRole.HEADTEACHER)),
                request(event, s.get(OrganisationRole.HEADTEACHER), s.get(OrganisationRole.DSL)));
        Place came = booked.places().get(0);
        Place stayedAway = booked.places().get(1);
        Event course = events.find(event).orElseThrow();
        Event.Session first = course.sessions().get(0);
        Event.Session second = course.sessions().get(1);

        assertThatThrownBy(() -> register.mark(event, first.id(), Map.of(came.id(), Attendance.ATTENDED)))
                .as("the register opens only from the session's start")
                .isInstanceOf(BookingRefused.class)
                .hasMessageContaining("opens when it starts");
        assertThat(register.sittings(course)).noneMatch(Register.Sitting::open);

        Register duringTheFirst = registerAt(first.startsAt().plusSeconds(600));
        assertThat(duringTheFirst
                        .mark(
                                event,
                                first.id(),
                                Map.of(came.id(), Attendance.ATTENDED, stayedAway.id(), Attendance.NO_SHOW))
                        .certificates())
                .isZero();
        assertThatThrownBy(() -> duringTheFirst.mark(event, second.id(), Map.of(came.id(), Attendance.ATTENDED)))
                .isInstanceOf(BookingRefused.class);
        assertThat(subjectsTo(came.attendeeEmail(), "Two mornings of phonics"))
                .as("no certificate before the last session")
                .noneMatch(subject -> subject.startsWith("Your certificate"));
        assertThat(chargeFor(event, stayedAway))
                .as("no no-show charge before the last session")
                .isEqualTo(Charges.Kind.PLACE);
        assertThat(registerAt(first.endsAt().plusSeconds(60)).settleEnded())
                .as("nothing settles between the sessions")
                .isZero();

        Register afterTheLast = registerAt(second.endsAt().plusSeconds(3600));
        Register.Outcome settled = afterTheLast.mark(
                event, second.id(), Map.of(came.id(), Attendance.NO_SHOW, stayedAway.id(), Attendance.NO_SHOW));
        assertThat(settled.certificates()).isEqualTo(1);
        assertThat(bookings.place(came.id()).orElseThrow().certificateHours())
                .as("the hours attended, not the course's 13")
                .isEqualTo(6.5);
        assertThat(chargeFor(event, stayedAway)).isEqualTo(Charges.Kind.NO_SHOW);
        assertThat(subjectsTo(came.attendeeEmail(), "Your certificate of attendance: Two mornings of phonics"))
                .hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(
                certificates.pdf(course, bookings.place(came.id()).orElseThrow()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("6.5 hours of training");
        }

        Register.Outcome corrected = afterTheLast.mark(
                event, second.id(), Map.of(came.id(), Attendance.ATTENDED, stayedAway.id(), Attendance.ATTENDED));
        assertThat(corrected.corrections()).isEqualTo(2);
        assertThat(bookings.place(came.id()).orElseThrow().certificateHours()).isEqualTo(13.0);
        assertThat(chargeFor(event, stayedAway))
                .as("a corrected register corrects the charge")
                .isEqualTo(Charges.Kind.PLACE);
        var toldCame =
                new uk.headsup.support.SentEmails(jdbc).latestTo(came.attendeeEmail(), "Two mornings of phonics");
        assertThat(toldCame.subject()).isEqualTo("Your attendance at Two mornings of phonics is corrected");
        assertThat(toldCame.text()).contains("13 hours of training, not 6.5 hours");
        var toldStayedAway =
                new uk.headsup.support.SentEmails(jdbc).latestTo(stayedAway.attendeeEmail(), "Two mornings of phonics");
        assertThat(toldStayedAway.text()).contains("now recorded as having attended", "no longer as a non-attendance");

        afterTheLast.mark(event, first.id(), Map.of(came.id(), Attendance.NO_SHOW));
        afterTheLast.mark(event, second.id(), Map.of(came.id(), Attendance.NO_SHOW));
        Place withdrawn = bookings.place(came.id()).orElseThrow();
        assertThat(withdrawn.attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(withdrawn.certificateSentAt()).isNull();
        assertThat(new uk.headsup.support.SentEmails(jdbc)
                        .latestTo(came.attendeeEmail(), "Two mornings of phonics")
                        .text())
                .contains("withdrawn");
    }

    @Test
    void capacityMovesTheWaitingListWhenRaisedAndNeverGoesBelowThePlacesTaken() {
        var s = staffOf("Stowbridge Academy");
        long event = planning.add(
                EventFixtures.aCourse().withPlaces(1).confirmingAutomatically().build(), "test");
        desk.book(
                booker(s.get(OrganisationRole.BUSINESS_MANAGER)),
                request(
                        event,
                        s.get(OrganisationRole.SENCO),
                        s.get(OrganisationRole.DSL),
                        s.get(OrganisationRole.PASTORAL_LEAD)));
        assertThatThrownBy(() -> desk.changeCapacity(event, 0))
                .hasMessage("Capacity must be at least 1, the number of places already confirmed or offered");
        desk.changeCapacity(event, 2);
        Event changed = events.find(event).orElseThrow();
        assertThat(changed.placesTaken()).isEqualTo(2);
        assertThat(changed.waiting()).isEqualTo(1);
        assertThat(bookings.ofEvent(event))
                .extracting(Place::attendeeName)
                .startsWith(s.get(OrganisationRole.SENCO).name());
    }

    @Test
    void bookingsTheRulesDoNotAllowAreRefusedWithAClearMessage() {
        var school = staffOf("Northbrook Primary School");
        var other = staffOf("Wystan Primary School");
        AudienceMember manager = school.get(OrganisationRole.BUSINESS_MANAGER);

        long closed = planning.add(
                EventFixtures.aCourse()
                        .titled("Closed course")
                        .bookingClosedDaysAgo(1)
                        .build(),
                "test");
        assertThatThrownBy(() -> desk.book(booker(manager), request(closed, manager)))
                .isInstanceOf(BookingRefused.class)
                .hasMessageStartingWith("Booking for Closed course closed at 5pm on ");

        long limited =
                planning.add(EventFixtures.aCourse().limitedPerOrganisation(2).build(), "test");
        assertThatThrownBy(() -> desk.book(
                        booker(manager),
                        request(
                                limited,
                                school.get(OrganisationRole.HEADTEACHER),
                                school.get(OrganisationRole.SENCO),
                                school.get(OrganisationRole.DSL))))
                .hasMessage("Northbrook Primary School can book up to 2 places for Safeguarding refresher");
        assertThat(bookings.ofEvent(limited)).as("nothing half-saved").isEmpty();

        long forSencos = planning.add(
                EventFixtures.aCourse()
                        .forAudience(Audience.of(OrganisationRole.SENCO), "SENCos")
                        .build(),
                "test");
        assertThatThrownBy(() -> desk.book(booker(manager), request(forSencos, school.get(OrganisationRole.DSL))))
                .hasMessage(school.get(OrganisationRole.DSL).name()
                        + " cannot have a place: Safeguarding refresher is for SENCos");

        assertThatThrownBy(() -> desk.book(booker(manager), request(limited, other.get(OrganisationRole.SENCO))))
                .hasMessage("You can only book for a school or setting where you work");

        assertThat(desk.book(
                                booker(school.get(OrganisationRole.SENCO)),
                                request(limited, school.get(OrganisationRole.DSL)))
                        .confirmed())
                .as("a SENCo books a colleague")
                .isEqualTo(1);

        desk.book(booker(manager), request(limited, manager));
        assertThatThrownBy(() -> desk.book(booker(manager), request(limited, manager)))
                .hasMessageEndingWith("already has a place for Safeguarding refresher");
    }

    @Test
    void aSencoOrDslBooksTheirTeamOntoEventsMeantForThemAndOtherStaffBookOnlyThemselves() {
        var school = staffOf("Brook House School");
        AudienceMember senco = school.get(OrganisationRole.SENCO);
        AudienceMember dsl = school.get(OrganisationRole.DSL);
        AudienceMember pastoral = school.get(OrganisationRole.PASTORAL_LEAD);
        long everyone =
                planning.add(EventFixtures.aCourse().titled("Team teach").build(), "test");
        long forDsls = planning.add(
                EventFixtures.aCourse()
                        .titled("DSL network")
                        .forAudience(Audience.of(OrganisationRole.DSL), "DSLs")
                        .build(),
                "test");

        assertThat(desk.book(booker(senco), request(everyone, pastoral)).confirmed())
                .isEqualTo(1);
        assertThat(desk.book(booker(dsl), request(forDsls, dsl)).confirmed()).isEqualTo(1);
        assertThatThrownBy(() -> desk.book(booker(senco), request(forDsls, pastoral)))
                .as("only onto events meant for the colleague")
                .hasMessage(pastoral.name() + " cannot have a place: DSL network is for DSLs");
        assertThatThrownBy(() -> desk.book(booker(pastoral), request(everyone, senco)))
                .hasMessage("Only the headteacher, school business manager, SENCo or designated safeguarding lead"
                        + " can book places for colleagues: book your own place");
    }

    @Autowired
    EventCancellations cancellations;

    @Test
    void cancellingAnEventTellsEveryoneBookedAndWaitingEndsTheirPlacesAndChargesNothing() {
        var s = staffOf("Kingsford Primary School");
        long event = planning.add(
                EventFixtures.aCourse()
                        .titled("Cancelled conference")
                        .costing(5000)
                        .withPlaces(1)
                        .cancellationDeadlinePassed()
                        .build(),
                "test");
        BookingDesk.Booked booked = desk.book(
                booker(s.get(OrganisationRole.HEADTEACHER)),
                request(event, s.get(OrganisationRole.HEADTEACHER), s.get(OrganisationRole.SENCO)));
        assertThat(booked.places())
                .extracting(Place::status)
                .containsExactly(PlaceStatus.CONFIRMED, PlaceStatus.WAITING);

        assertThat(cancellations.cancel(event, "The speaker is unwell. It will run again in the spring.", "grace"))
                .isEqualTo(2);
        assertThat(bookings.ofEvent(event))
                .allMatch(p -> p.status() == PlaceStatus.CANCELLED && !p.lateCancellation() && !p.charged());
        Event cancelled = events.find(event).orElseThrow();
        assertThat(cancelled.bookable()).isFalse();
        assertThat(cancelled.placesTaken()).isZero();
        assertThat(charges.forTerm(Terms.of(cancelled.startsAt())).stream()
                        .flatMap(st -> st.lines().stream())
                        .filter(l -> l.event().equals("Cancelled conference")))
                .allMatch(l -> l.total() == 0);
        for (Place p : booked.places()) {
            var told = new uk.headsup.support.SentEmails(jdbc).latestTo(p.attendeeEmail(), "The speaker is unwell");
            assertThat(told.subject()).isEqualTo("Cancelled: Cancelled conference");
        }
        assertThatThrownBy(() -> cancellations.cancel(event, "Again", "grace")).isInstanceOf(BookingRefused.class);
    }

    @Test
    void postponingAnEventTellsEveryoneBookedAndWaitingTheNewDateWithTheOfficersMessage() {
        var s = staffOf("Ashby Primary School");
        long event = planning.add(
                EventFixtures.aCourse()
                        .titled("Postponed briefing")
                        .withPlaces(1)
                        .build(),
                "test");
        BookingDesk.Booked booked = desk.book(
                booker(s.get(OrganisationRole.HEADTEACHER)),
                request(event, s.get(OrganisationRole.HEADTEACHER), s.get(OrganisationRole.SENCO)));
        Event before = events.find(event).orElseThrow();

        events.change(
                event,
                EventFixtures.aCourse()
                        .titled("Postponed briefing")
                        .withPlaces(1)
                        .inDays(44)
                        .build());
        assertThat(cancellations.tellOfMove(before, "The hall is needed for exams."))
                .isEqualTo(2);
        for (Place p : booked.places()) {
            var told = new uk.headsup.support.SentEmails(jdbc).latestTo(p.attendeeEmail(), "The hall is needed");
            assertThat(told.subject()).isEqualTo("Changed: Postponed briefing");
            assertThat(told.text()).contains("Postponed briefing has changed");
        }
        assertThat(cancellations.tellOfMove(events.find(event).orElseThrow(), ""))
                .as("nothing moved, nobody told")
                .isZero();
    }

    @Test
    void staffRolesForTeachersTeachingAssistantsAndOtherStaffExist() {
        assertThat(java.util.Arrays.stream(OrganisationRole.values()).map(OrganisationRole::label))
                .contains("Teacher", "Teaching assistant", "Other staff");
    }

    @Test
    void aLateCancellationIsChargedUnlessWaivedAndAttendanceBringsACertificate() throws Exception {
        var s = staffOf("Ashby Primary School");
        long event = planning.add(
                EventFixtures.aCourse()
                        .titled("Behaviour and attendance")
                        .costing(9500)
                        .cancellationDeadlinePassed()
                        .build(),
                "test");
        BookingDesk.Booked booked = desk.book(
                booker(s.get(OrganisationRole.HEADTEACHER)),
                request(
                        event,
                        s.get(OrganisationRole.HEADTEACHER),
                        s.get(OrganisationRole.SENCO),
                        s.get(OrganisationRole.DSL)));
        Place late = desk.cancel(booked.places().get(0).id(), OFFICER);
        assertThat(late.lateCancellation()).isTrue();
        desk.cancel(booked.places().get(1).id(), OFFICER);
        desk.waive(booked.places().get(1).id(), "grace.okafor@elmshire.example");

        var statement = charges
                .forTerm(Terms.of(events.find(event).orElseThrow().startsAt()))
                .stream()
                .filter(st -> st.organisation().equals("Ashby Primary School"))
                .findFirst()
                .orElseThrow();
        var lines = statement.lines().stream()
                .filter(l -> l.event().equals("Behaviour and attendance"))
                .toList();
        assertThat(lines)
                .extracting(l -> l.kind() + " " + l.total())
                .containsExactlyInAnyOrder("LATE_CANCELLATION 11400", "WAIVED 0", "PLACE 11400");
        assertThat(Charges.csv(List.of(statement))).contains(",Late cancellation,PO-4471,95.00,19.00,114.00,");

        Place attending = booked.places().get(2);
        Register afterTheCourse = registerAt(Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
        long session = events.find(event).orElseThrow().sessions().get(0).id();
        assertThat(afterTheCourse
                        .mark(event, session, Map.of(attending.id(), Attendance.ATTENDED))
                        .certificates())
                .isEqualTo(1);
        assertThat(afterTheCourse
                        .mark(event, session, Map.of(attending.id(), Attendance.ATTENDED))
                        .certificates())
                .as("only once")
                .isZero();
        byte[] pdf = certificates.pdf(
                events.find(event).orElseThrow(), bookings.place(attending.id()).orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Certificate of attendance: " + attending.attendeeName() + ", Behaviour and attendance");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMetadata())
                    .as("XMP metadata with the PDF/UA identifier")
                    .isNotNull();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("pdfuaid:part");
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Certificate of attendance",
                            attending.attendeeName(),
                            "Behaviour and attendance",
                            "6.5 hours of training",
                            "Trainer: Owen Reid");
        }
        assertThat(awaitAttachment(attending.attendeeEmail(), "certificate.pdf"))
                .startsWith("%PDF");

        // As the email promises, the certificate is also on "Your bookings" for the person who attended, once the
        // course is over (the register above ran on a clock 31 days on: the course is moved to the past to match).
        jdbc.sql("update events set starts_at = starts_at - interval '40 days', ends_at = ends_at - interval '40 days'"
                        + " where id = :id")
                .param("id", event)
                .update();
        jdbc.sql("update event_sessions set starts_at = starts_at - interval '40 days',"
                        + " ends_at = ends_at - interval '40 days' where event_id = :id")
                .param("id", event)
                .update();
        var cookie = uk.headsup.support.SignedIn.schoolStaff(mvc, jdbc, attending.attendeeEmail());
        String certificateLink = "/events/places/" + attending.id() + "/certificate.pdf";
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/events/bookings")
                                .cookie(cookie))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"" + certificateLink + "\"");
        var download = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(certificateLink)
                                .cookie(cookie))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(new String(download.getContentAsByteArray(), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }

    @Test
    void aCalendarFeedServesItsSeriesAndATamperedOrRevokedTokenNothing() {
        long series = planning.addSeries(new uk.headsup.events.NewSeries(
                "Test panels", "", "2025/26", Audience.of(OrganisationRole.SENCO), "SENCos"));
        planning.add(EventFixtures.aMeeting(series).titled("Test panel, March").build(), "test");
        AudienceMember senco = staffOf("Ashby Academy").get(OrganisationRole.SENCO);
        AudienceMember dsl = staffOf("Ashby Academy").get(OrganisationRole.DSL);
        assertThat(feeds.mayFollow(feeds.series(series).orElseThrow(), dsl.email(), false))
                .isFalse();
        String token = feeds.create(senco.email(), false, series);
        String ics = new String(feeds.calendar(token).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:PUBLISH", "X-WR-CALNAME:Test panels 2025/26", "SUMMARY:Test panel\\, March");
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(feeds.calendar(tampered)).isEmpty();
        long id = feeds.of(senco.email()).stream()
                .filter(f -> series == f.seriesId())
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(feeds.revoke(id, dsl.email()))
                .as("only its owner revokes it")
                .isFalse();
        assertThat(feeds.revoke(id, senco.email())).isTrue();
        assertThat(feeds.calendar(token)).isEmpty();
    }

    @Test
    void remindersGoOnceToConfirmedAttendeesInTheDaysBefore() {
        var s = staffOf("Brindle Heath Primary School");
        long event = planning.add(EventFixtures.aCourse().inDays(5).build(), "test");
        Place place = desk.book(booker(s.get(OrganisationRole.SENCO)), request(event, s.get(OrganisationRole.SENCO)))
                .places()
                .get(0);
        Reminders threeAndAHalfDaysLater = new Reminders(
                jdbc,
                events,
                bookings,
                staff,
                mailer,
                site,
                transactions,
                // The course starts at 09:30 in five days: three and a half days on, it is less than two days
                // away whatever the time of day now (three days on, it is not before 09:30).
                Clock.offset(Clock.systemUTC(), Duration.ofDays(3).plusHours(12)));
        assertThat(reminders.sendDueReminders())
                .as("not yet: the course is 5 days away, reminders 2 days before")
                .isZero();
        assertThat(threeAndAHalfDaysLater.sendDueReminders()).isGreaterThanOrEqualTo(1);
        assertThat(threeAndAHalfDaysLater.sendDueReminders())
                .as("each reminder once")
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbox_messages where recipient = :r and subject like 'Reminder:%'")
                        .param("r", place.attendeeEmail())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aBookerSendsAColleagueInsteadWhoGetsTheCalendarEntryWhileTheFirstLosesIt() {
        var s = staffOf("Crowle End Primary School");
        long event = planning.add(
                EventFixtures.aCourse().titled("Phonics leadership").build(), "test");
        Place place = desk.book(
                        booker(s.get(OrganisationRole.HEADTEACHER)), request(event, s.get(OrganisationRole.SENCO)))
                .places()
                .get(0);
        Place swapped = desk.substitute(
                place.id(),
                s.get(OrganisationRole.DSL).personId(),
                "",
                "Hearing loop",
                new BookingDesk.Actor(s.get(OrganisationRole.HEADTEACHER).email(), false));
        assertThat(swapped.attendeeName()).isEqualTo(s.get(OrganisationRole.DSL).name());
        assertThat(swapped.status()).isEqualTo(PlaceStatus.CONFIRMED);
        assertThat(swapped.uid()).isNotEqualTo(place.uid());
        assertThat(awaitAttachment(place.attendeeEmail(), "cancelled.ics"))
                .contains("METHOD:CANCEL", "UID:" + place.uid());
        assertThat(awaitAttachment(swapped.attendeeEmail(), "booking.ics")).contains("UID:" + swapped.uid());
        assertThatThrownBy(() -> desk.substitute(
                        place.id(),
                        s.get(OrganisationRole.SENCO).personId(),
                        "",
                        "",
                        new BookingDesk.Actor(
                                staffOf("Kingsford Academy")
                                        .get(OrganisationRole.SENCO)
                                        .email(),
                                false)))
                .isInstanceOf(BookingDesk.NotYours.class);
    }

    @Test
    void anEventCardSaysWhatAnArticleShows() {
        long event = planning.add(
                EventFixtures.aCourse().titled("Card course").withPlaces(7).build(), "test");
        var card = cards.card(event).orElseThrow();
        assertThat(card.placesLeft()).isEqualTo(7);
        assertThat(card.bookingUrl()).isEqualTo("/events/" + event + "/book");
        assertThat(card.bookingClosesText()).startsWith("Book by 5pm on ");
        assertThat(card.open()).isTrue();
    }

    /** Waits, with a deadline, for an email to the recipient whose subject starts so. */
    void awaitSubject(String recipient, String start) {
        Instant deadline = Instant.now().plusSeconds(20);
        List<String> subjects = List.of();
        while (Instant.now().isBefore(deadline)) {
            subjects = jdbc.sql("select subject from outbox_messages where lower(recipient) = lower(:r) order by id")
                    .param("r", recipient)
                    .query(String.class)
                    .list();
            if (subjects.stream().anyMatch(s -> s.startsWith(start))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No email \"" + start + "...\" to " + recipient + ", only " + subjects);
    }

    String awaitAttachment(String recipient, String filename) {
        return awaitAttachment(recipient, filename, "");
    }

    /** The latest such attachment to the recipient that contains the text. */
    String awaitAttachment(String recipient, String filename, String containing) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<byte[]> found = jdbc.sql("""
                            select a.content from outbox_attachments a join outbox_messages m on m.id = a.message_id
                            where lower(m.recipient) = lower(:r) and a.filename = :f order by m.id desc
                            """)
                    .param("r", recipient)
                    .param("f", filename)
                    .query(byte[].class)
                    .list();
            for (byte[] content : found) {
                String text = new String(content, StandardCharsets.UTF_8);
                if (text.contains(containing)) {
                    return text;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No " + filename + " to " + recipient);
    }

    @Test
    void aDraftIsSeenByNoListFeedOrCardAndCannotBeBookedUntilPublished() {
        var school = staffOf("Kingsford Primary School");
        long draft = events.add(EventFixtures.aCourse().withPlaces(5).build(), "test", false);
        Instant now = Instant.now();
        java.util.function.Supplier<List<Long>> listed =
                () -> events.between(now, now.plus(Duration.ofDays(400))).stream()
                        .map(Event::id)
                        .toList();
        assertThat(events.find(draft).orElseThrow().draft()).isTrue();
        assertThat(listed.get()).doesNotContain(draft);
        assertThat(events.drafts()).extracting(Event::id).contains(draft);
        assertThat(cards.card(draft)).isEmpty();
        assertThat(cards.bookableSoon())
                .extracting(uk.headsup.events.EventCard::eventId)
                .doesNotContain(draft);
        assertThatThrownBy(() -> desk.book(
                        booker(school.get(OrganisationRole.BUSINESS_MANAGER)),
                        request(draft, school.get(OrganisationRole.HEADTEACHER))))
                .isInstanceOf(BookingRefused.class)
                .hasMessage("There is no such event");

        assertThat(events.publish(draft)).isTrue();
        assertThat(events.find(draft).orElseThrow().draft()).isFalse();
        assertThat(listed.get()).contains(draft);
        assertThat(cards.card(draft)).isPresent();
        assertThat(desk.book(
                                booker(school.get(OrganisationRole.BUSINESS_MANAGER)),
                                request(draft, school.get(OrganisationRole.HEADTEACHER)))
                        .confirmed())
                .isEqualTo(1);
    }

    @Test
    void theDemosBookingsAreHistoryAndEmailedNobody() throws InterruptedException {
        // The demo county books ten DSLs onto its refresher training as it loads. Once every one of those bookings
        // counts as told (at once now; formerly after commit, with the emails queued), none has an email.
        String title = "Designated Safeguarding Lead refresher training";
        List<String> booked =
                jdbc.sql("""
                        select distinct p.attendee_email from event_places p join events e on e.id = p.event_id
                        join event_bookings b on b.id = p.booking_id
                        where e.title = :t and b.booked_by_email = 'grace.okafor@elmshire.example'
                        """).param("t", title).query(String.class).list();
        assertThat(booked).hasSizeGreaterThanOrEqualTo(10);
        Instant deadline = Instant.now().plusSeconds(30);
        while (jdbc.sql("""
                                select count(*) from event_bookings b join events e on e.id = b.event_id
                                where e.title = :t and b.notified_at is null
                                """).param("t", title).query(Long.class).single() > 0) {
            assertThat(Instant.now()).as("the demo's bookings are settled").isBefore(deadline);
            Thread.onSpinWait();
        }
        booked.forEach(email -> assertThat(subjectsTo(email, title)).as(email).isEmpty());
    }

    @Test
    void changingTheSessionsKeepsTheOnesThatStayAndTheirRegisters() {
        NewEvent course = EventFixtures.aCourse().inWeeklySessions(3).build();
        long id = events.add(course, "test");
        List<Event.Session> before = events.find(id).orElseThrow().sessions();
        // The officer removes the middle session and adds a fourth week.
        List<NewEvent.Session> changed = new java.util.ArrayList<>(course.sessions());
        changed.remove(1);
        NewEvent.Session last = course.sessions().get(2);
        changed.add(new NewEvent.Session(last.starts().plusWeeks(1), last.ends().plusWeeks(1)));
        events.change(id, withSessions(course, changed));
        List<Event.Session> after = events.find(id).orElseThrow().sessions();
        assertThat(after).hasSize(3);
        assertThat(after.get(0).id()).isEqualTo(before.get(0).id());
        assertThat(after.get(1).id()).isEqualTo(before.get(2).id());
        assertThat(after.stream().map(Event.Session::id))
                .doesNotContain(before.get(1).id());
    }

    static NewEvent withSessions(NewEvent e, List<NewEvent.Session> sessions) {
        return new NewEvent(
                e.type(),
                e.title(),
                e.description(),
                e.audience(),
                e.audienceLabel(),
                sessions,
                e.venue(),
                e.trainer(),
                e.contactName(),
                e.contactEmail(),
                e.bookable(),
                e.capacity(),
                e.pricePence(),
                e.vat(),
                e.bookingOpens(),
                e.bookingCloses(),
                e.cancellationDeadline(),
                e.perOrganisationLimit(),
                e.autoConfirm(),
                e.offerHoldHours(),
                e.everyoneShouldAttend(),
                e.reminderDaysBefore(),
                e.evaluationQuestions(),
                e.seriesId());
    }
}
