package uk.headsup.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;
import uk.headsup.events.internal.StaffLookup;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The booking rush as people meet it, sized for two shared cores: school staff, each signed in with their emailed
 * link (a session kept in the database), open the booking page for the CSRF token of their session and then all ask
 * at once for one of fewer places, on one node with its connection pool, through the whole filter chain (MockMvc:
 * everything but Tomcat). Nobody gets an error, whatever the pool and the locks make them wait for: exactly the
 * places are confirmed and everyone else waits. {@link BookingRushIT} has the thousand bookings on two nodes.
 */
@HeadsUpIntegrationTest
class BookingRushPagesIT {

    static final int ATTENDEES = 40;
    static final int PLACES = 10;
    static final int AT_ONCE = 10;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SAID = Pattern.compile("govuk-error-summary__list.*?<a[^>]*>([^<]+)", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    StaffLookup staff;

    record Booker(long personId, Cookie session, String csrf) {}

    @Test
    void fortySignedInPeopleAskForTenPlacesAtOnceAndNobodyGetsAnError() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        long school = directory.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.SCHOOL,
                "Rush Pages Academy " + run,
                "97" + run,
                // All-through, so that the forty SENCos it adds to the shared context do not change what other
                // tests count of secondary schools' SENCos.
                Phase.ALL_THROUGH,
                "Academy",
                "Kingsford",
                null,
                "Kingsford",
                null));
        long event = planning.add(
                EventFixtures.aCourse()
                        .titled("Rush " + run)
                        .withPlaces(PLACES)
                        .confirmingAutomatically()
                        .build(),
                "test");
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < ATTENDEES; i++) {
            long person = directory.addPerson("Rush Attendee " + i, email(i, run), null, null);
            directory.appoint(person, school, OrganisationRole.SENCO, LocalDate.of(2024, 9, 1));
            people.add(person);
        }
        staff.forget(); // the bookers' colleagues are resolved once; these people were added since
        List<Booker> bookers = new ArrayList<>();
        for (int i = 0; i < ATTENDEES; i++) {
            long person = people.get(i);
            Cookie session = SignedIn.schoolStaff(mvc, jdbc, email(i, run));
            String page = mvc.perform(get("/events/" + event + "/book").cookie(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find())
                    .as("the booking form carries its session's CSRF token")
                    .isTrue();
            bookers.add(new Booker(person, session, token.group(1)));
        }

        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        for (Booker booker : bookers) {
            requests.add(pool.submit(() -> {
                try {
                    start.await();
                    MvcResult result = mvc.perform(post("/events/" + event + "/book")
                                    .cookie(booker.session())
                                    .param("_csrf", booker.csrf())
                                    .param("organisation", String.valueOf(school))
                                    .param("people", String.valueOf(booker.personId())))
                            .andReturn();
                    int code = result.getResponse().getStatus();
                    String to = result.getResponse().getRedirectedUrl();
                    if (code != 302 || to == null || !to.startsWith("/events/bookings/")) {
                        Matcher said = SAID.matcher(result.getResponse().getContentAsString());
                        errors.add(booker.personId() + ": HTTP " + code + (to == null ? "" : " to " + to)
                                + (said.find() ? ": " + said.group(1).strip() : ""));
                    }
                } catch (Throwable t) {
                    errors.add(booker.personId() + ": " + t);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> request : requests) {
            request.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(errors).as("errors seen by people booking").isEmpty();
        assertThat(places(event, "CONFIRMED")).isEqualTo(PLACES);
        assertThat(places(event, "WAITING")).isEqualTo(ATTENDEES - PLACES);
    }

    private static String email(int i, String run) {
        return "rush" + i + "-" + run + "@rush-pages.sch.example";
    }

    private int places(long event, String status) {
        return jdbc.sql("select count(*) from event_places where event_id = :e and status = :s")
                .param("e", event)
                .param("s", status)
                .query(Integer.class)
                .single();
    }
}
