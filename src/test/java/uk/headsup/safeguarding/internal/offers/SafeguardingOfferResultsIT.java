package uk.headsup.safeguarding.internal.offers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.EventFixtures;
import uk.headsup.events.EventPlanning;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * Whether the targeted offer helped: beside a standard's linked course the officer reads what its attendees said in
 * their evaluations, and how each school that sent someone rated the standard that year and the year after.
 */
@HeadsUpIntegrationTest
class SafeguardingOfferResultsIT {

    static final String STANDARD = "2.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    @Autowired
    Offers offers;

    record School(long organisationId, String name, long responseBefore, long responseAfter) {}

    /** The demo's schools with a return in last year's round and a started one this year (the sample's 3rd and 6th). */
    private List<School> schools(long before, long after) {
        List<School> all = jdbc.sql("""
                        select a.organisation_id, a.organisation_name, a.response_id, b.response_id
                        from safeguarding_returns a join safeguarding_returns b
                          on b.organisation_id = a.organisation_id and b.round_id = :after
                        where a.round_id = :before and a.response_id is not null and b.response_id is not null
                        order by a.organisation_id
                        """)
                .param("before", before)
                .param("after", after)
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return List.of(all.get(2), all.get(4));
    }

    /** Sets the rating whether or not the school had answered the standard (a return in progress may not have). */
    private void rate(long response, String rating) {
        jdbc.sql("""
                        insert into assessment_answers (response_id, standard, rating, narrative, revision, updated_by,
                            updated_by_name)
                        values (:r, :s, :rating, 'Set by the test', 1, 'test', 'Test')
                        on conflict (response_id, standard) do update set rating = excluded.rating
                        """)
                .param("rating", rating)
                .param("r", response)
                .param("s", STANDARD)
                .update();
    }

    private long round(String title) {
        return jdbc.sql("select id from safeguarding_rounds where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    @Test
    void theOfficerSeesTheCoursesEvaluationsAndTheRatingsBeforeAndAfterOfTheSchoolsThatWent() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        long lastYear = round("Safeguarding audit " + (year - 1));
        long thisYear = round("Safeguarding audit " + year);
        List<School> went = schools(lastYear, thisYear);
        School better = went.get(0);
        School worse = went.get(1);
        rate(better.responseBefore(), "red");
        rate(better.responseAfter(), "amber");
        rate(worse.responseBefore(), "green");
        rate(worse.responseAfter(), "red");

        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Safer recruitment refresher " + unique;
        long event = planning.add(EventFixtures.aCourse().titled(title).build(), "grace.okafor@elmshire.example");
        for (School s : went) {
            AudienceMember dsl = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                    .filter(m -> m.organisationId() == s.organisationId())
                    .findFirst()
                    .orElseThrow();
            planning.bookOnBehalf(
                    event, s.organisationId(), List.of(dsl.personId()), "grace.okafor@elmshire.example", "Grace");
        }
        jdbc.sql("update event_places set attendance = 'ATTENDED' where event_id = :e and status = 'CONFIRMED'")
                .param("e", event)
                .update();
        // Two evaluations: the course's questions rated 5 and 4, then 4 and 3 (and so on): averages 4.5 and 3.5.
        List<Long> places = jdbc.sql("select id from event_places where event_id = :e order by id")
                .param("e", event)
                .query(Long.class)
                .list();
        int[][] ratings = {{5, 4, 5, 4, 5, 4}, {4, 3, 4, 3, 4, 3}};
        for (int i = 0; i < 2; i++) {
            jdbc.sql("insert into event_evaluations (place_id, event_id, ratings) values (:p, :e, cast(:r as jsonb))")
                    .param("p", places.get(i))
                    .param("e", event)
                    .param("r", java.util.Arrays.toString(ratings[i]))
                    .update();
        }
        String firstQuestion = jdbc.sql("select evaluation_questions ->> 0 from events where id = :e")
                .param("e", event)
                .query(String.class)
                .single();
        offers.link(lastYear, STANDARD, event, "helen.marsh@elmshire.example");

        Cookie officer = SignedIn.authorityStaff(mvc, "helen.marsh@elmshire.example");
        mvc.perform(get("/safeguarding/rounds/" + lastYear + "/courses").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standard " + STANDARD + ": " + title)))
                .andExpect(content().string(containsString("Evaluations: 2 completed")))
                .andExpect(content().string(containsString(firstQuestion)))
                .andExpect(content().string(containsString("4.5")))
                .andExpect(content()
                        .string(containsString(
                                "In Safeguarding audit " + year + ": 1 rated it better, 0 the same, 1 worse.")))
                .andExpect(content().string(containsString(better.name())))
                .andExpect(content().string(containsString(worse.name())));
        // The newest round has no round after it yet: the schools' ratings there wait for the next one.
        long newest = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        offers.link(newest, STANDARD, event, "helen.marsh@elmshire.example");
        mvc.perform(get("/safeguarding/rounds/" + newest + "/courses").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ratings will show here")))
                .andExpect(content().string(not(containsString("rated it better"))));
    }
}
