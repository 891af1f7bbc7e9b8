package uk.headsup.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.HeadsUpApplication;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.internal.bookings.BookingDesk;
import uk.headsup.events.internal.bookings.PlaceStatus;
import uk.headsup.support.ExternalPostgres;

/**
 * The guarantee: 1,000 people ask for 100 places at the same moment, half through one application node and half
 * through another, both on one PostgreSQL. Exactly 100 are confirmed and 900 wait, nobody sees an error; ten
 * cancellations then give their places to exactly the first ten waiting. Runs on the machine's PostgreSQL server
 * ({@code HEADSUP_TEST_EXTERNAL_DB_URL}) in a schema of its own.
 */
class BookingRushIT {

    static final String SCHEMA = "events_booking_rush_it";
    static final int PEOPLE = 1000;
    static final int PLACES = 100;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static List<Long> people = new ArrayList<>();
    static long organisation;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        String url = ExternalPostgres.freshSchema(SCHEMA);
        nodeA = node(url);
        nodeB = node(url);
        DirectoryRecords directory = nodeA.getBean(DirectoryRecords.class);
        organisation = directory.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.SCHOOL,
                "Rush Academy",
                "999001",
                Phase.SECONDARY,
                "Academy",
                "Kingsford",
                null,
                "Kingsford",
                null));
        for (int i = 0; i < PEOPLE; i++) {
            long person = directory.addPerson(
                    "Attendee %04d".formatted(i), "attendee%04d@rush.example".formatted(i), null, null);
            directory.appoint(person, organisation, OrganisationRole.SENCO, LocalDate.of(2024, 9, 1));
            people.add(person);
        }
    }

    private static ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(HeadsUpApplication.class)
                .web(WebApplicationType.NONE)
                // Arguments, not default properties: application.yml would override those.
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.datasource.hikari.maximum-pool-size=12",
                        "--headsup.demo=false",
                        "--headsup.data-dir=target/test-data/booking-rush",
                        "--headsup.mailing.worker-interval=1h");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aThousandRequestsForAHundredPlacesOnTwoNodes() throws Exception {
        long event = nodeA.getBean(EventPlanning.class)
                .add(
                        EventFixtures.aCourse()
                                .withPlaces(PLACES)
                                .confirmingAutomatically()
                                .build(),
                        "test");
        List<BookingDesk> desks = List.of(nodeA.getBean(BookingDesk.class), nodeB.getBean(BookingDesk.class));
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        List<Long> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled);
        for (int i = 0; i < shuffled.size(); i++) {
            BookingDesk desk = desks.get(i % 2);
            long person = shuffled.get(i);
            requests.add(pool.submit(() -> {
                try {
                    start.await();
                    int n = people.indexOf(person);
                    desk.book(
                            new BookingDesk.Booker(
                                    "attendee%04d@rush.example".formatted(n), "Attendee %04d".formatted(n), false),
                            new BookingDesk.Request(
                                    event, organisation, List.of(new BookingDesk.Attendee(person, "", "")), ""));
                } catch (Throwable t) {
                    errors.add(t);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : requests) {
            f.get(5, TimeUnit.MINUTES);
        }
        assertThat(errors).as("errors seen by people booking").isEmpty();

        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(count(jdbc, event, PlaceStatus.CONFIRMED)).isEqualTo(PLACES);
        assertThat(count(jdbc, event, PlaceStatus.WAITING)).isEqualTo(PEOPLE - PLACES);
        assertThat(jdbc.sql("select places_taken || '/' || waiting from events where id = :e")
                        .param("e", event)
                        .query(String.class)
                        .single())
                .isEqualTo(PLACES + "/" + (PEOPLE - PLACES));

        // Every attendee hears once what became of their request: confirmed or on the waiting list.
        awaitEmailsQueued(jdbc);
        assertThat(emails(jdbc, event, "CONFIRMED", "place-confirmed"))
                .as("confirmation emails per confirmed attendee")
                .containsOnly(1)
                .hasSize(PLACES);
        assertThat(emails(jdbc, event, "WAITING", "waiting-list"))
                .as("waiting-list emails per waiting attendee")
                .containsOnly(1)
                .hasSize(PEOPLE - PLACES);
        assertThat(jdbc.sql("select count(*) from outbox_messages where kind in ('place-confirmed', 'waiting-list')")
                        .query(Integer.class)
                        .single())
                .as("emails queued for the rush")
                .isEqualTo(PEOPLE);

        // Ten confirmed places are cancelled, five through each node at once: the first ten waiting get them.
        List<Long> firstTenWaiting = placeIds(jdbc, event, "WAITING", 10);
        List<Long> cancelled = placeIds(jdbc, event, "CONFIRMED", 10);
        List<Future<?>> cancellations = new ArrayList<>();
        for (int i = 0; i < cancelled.size(); i++) {
            BookingDesk desk = desks.get(i % 2);
            long place = cancelled.get(i);
            cancellations.add(pool.submit(
                    () -> desk.cancel(place, new BookingDesk.Actor("grace.okafor@elmshire.example", true))));
        }
        for (Future<?> f : cancellations) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(count(jdbc, event, PlaceStatus.CONFIRMED)).isEqualTo(PLACES);
        assertThat(count(jdbc, event, PlaceStatus.CANCELLED)).isEqualTo(10);
        assertThat(count(jdbc, event, PlaceStatus.WAITING)).isEqualTo(PEOPLE - PLACES - 10);
        List<Long> promoted = jdbc.sql("""
                        select id from event_places where event_id = :e and status = 'CONFIRMED' and id in (:ids)
                        order by queue_position
                        """)
                .param("e", event)
                .param("ids", firstTenWaiting)
                .query(Long.class)
                .list();
        assertThat(promoted)
                .as("the first ten on the waiting list, in order")
                .containsExactlyElementsOf(firstTenWaiting);
    }

    /** For each attendee whose place has this status, how many emails of this kind were queued for them. */
    private static List<Integer> emails(JdbcClient jdbc, long event, String status, String kind) {
        return jdbc.sql("""
                        select (select count(*) from outbox_messages m
                                where m.kind = :kind and lower(m.recipient) = lower(p.attendee_email))
                        from event_places p where p.event_id = :e and p.status = :s
                        """)
                .param("kind", kind)
                .param("e", event)
                .param("s", status)
                .query(Integer.class)
                .list();
    }

    private static void awaitEmailsQueued(JdbcClient jdbc) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Integer.class)
                        .single()
                > 0) {
            assertThat(Instant.now()).as("emails queued within two minutes").isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50); // polling with a deadline, not waiting a fixed time
        }
    }

    private static int count(JdbcClient jdbc, long event, PlaceStatus status) {
        return jdbc.sql("select count(*) from event_places where event_id = :e and status = :s")
                .param("e", event)
                .param("s", status.name())
                .query(Integer.class)
                .single();
    }

    private static List<Long> placeIds(JdbcClient jdbc, long event, String status, int n) {
        return jdbc.sql(
                        "select id from event_places where event_id = :e and status = :s order by queue_position limit :n")
                .param("e", event)
                .param("s", status)
                .param("n", n)
                .query(Long.class)
                .list();
    }
}
