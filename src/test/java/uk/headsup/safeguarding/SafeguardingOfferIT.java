package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
 * The targeted offer: the officer links a course to a standard and invites, in one click, the DSLs of exactly the
 * schools whose return rates it red or amber; those schools see the course on their attention list.
 */
@HeadsUpIntegrationTest
class SafeguardingOfferIT {

    static final String OFFICER = "helen.marsh@elmshire.example";
    static final String STANDARD = "2.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    record School(long returnId, long organisationId, String dsl) {}

    /** Three returns of the current round nobody has started, at schools with a DSL, after the first two. */
    private List<School> schools() {
        List<AudienceMember> dsls = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now());
        return jdbc.sql("""
                        select r.id, r.organisation_id from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                        order by r.id
                        """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .filter(r -> dsls.stream().anyMatch(m -> m.organisationId() == r[1]))
                .skip(2)
                .limit(3)
                .map(r -> new School(r[0], r[1], dslOf(r[1])))
                .toList();
    }

    private String dslOf(long organisationId) {
        return directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == organisationId)
                .findFirst()
                .orElseThrow()
                .email();
    }

    private void rate(School school, String rating) throws Exception {
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, school.dsl());
        mvc.perform(post("/safeguarding/returns/" + school.returnId() + "/answers")
                        .param("standard", STANDARD)
                        .param("fromRevision", "0")
                        .param("rating", rating)
                        .param("narrative", "Our account")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    /** Independently of the code under test: the DSLs of schools whose return in the round rates it red or amber. */
    private Set<String> dslsRatingItRedOrAmber(long roundId) {
        List<Long> organisations = jdbc.sql("""
                        select r.organisation_id from safeguarding_returns r
                        join assessment_answers a on a.response_id = r.response_id
                        where r.round_id = :round and a.standard = :standard and a.rating in ('red', 'amber')
                        """)
                .param("round", roundId)
                .param("standard", STANDARD)
                .query(Long.class)
                .list();
        return directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> organisations.contains(m.organisationId()))
                .map(m -> m.email().toLowerCase())
                .collect(Collectors.toSet());
    }

    @Test
    void theOfficerInvitesExactlyTheDslsOfSchoolsRatingTheStandardRedOrAmberAndTheySeeTheOffer() throws Exception {
        List<School> schools = schools();
        School red = schools.get(0);
        School amber = schools.get(1);
        School green = schools.get(2);
        rate(red, "red");
        rate(amber, "amber");
        rate(green, "green");
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        String title = "DSL induction " + UUID.randomUUID().toString().substring(0, 8);
        long event = planning.add(EventFixtures.aCourse().titled(title).build(), "grace.okafor@elmshire.example");
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        String courses = "/safeguarding/rounds/" + round + "/courses";

        mvc.perform(post(courses)
                        .param("standard", STANDARD)
                        .param("event", String.valueOf(event))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(courses).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("schools rating it red or amber")));
        mvc.perform(post(courses + "/invite")
                        .param("standard", STANDARD)
                        .param("event", String.valueOf(event))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String key = "safeguarding-offer:" + round + ":" + STANDARD + ":" + event + ":%";
        List<String> invited =
                jdbc.sql("""
                        select lower(o.recipient) from outbox_messages o join mailshots m on m.id = o.mailshot_id
                        where m.key like :key
                        """).param("key", key).query(String.class).list();
        assertThat(Set.copyOf(invited))
                .contains(red.dsl().toLowerCase(), amber.dsl().toLowerCase())
                .doesNotContain(green.dsl().toLowerCase())
                .isEqualTo(dslsRatingItRedOrAmber(round));

        // A second click the same day sends nothing more.
        mvc.perform(post(courses + "/invite")
                        .param("standard", STANDARD)
                        .param("event", String.valueOf(event))
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from outbox_messages o join mailshots m on m.id = o.mailshot_id"
                                + " where m.key like :key")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(invited.size());

        // The offer is on the red school's list of what needs attention, not on the green school's.
        Cookie redDsl = SignedIn.schoolStaff(mvc, jdbc, red.dsl());
        mvc.perform(get("/").cookie(redDsl))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Book " + title + ": offered for standard " + STANDARD)));
        // Both are in the deadlines calendar too, with the return's deadline.
        LocalDate due = jdbc.sql("select first_deadline from safeguarding_rounds where id = :id")
                .param("id", round)
                .query(LocalDate.class)
                .single();
        String calendar = mvc.perform(get("/bulletins/attention.ics").cookie(redDsl))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace("\r\n ", "");
        assertThat(calendar)
                .contains("safeguarding audit return (in progress)\r\nDESCRIPTION:")
                .contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", ""))
                .contains("SUMMARY:Deadline: Book " + title);
        mvc.perform(get("/").cookie(SignedIn.schoolStaff(mvc, jdbc, green.dsl())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));

        // Nobody but the officer can invite.
        mvc.perform(post(courses + "/invite")
                        .param("standard", STANDARD)
                        .param("event", String.valueOf(event))
                        .cookie(SignedIn.schoolStaff(mvc, jdbc, red.dsl()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
