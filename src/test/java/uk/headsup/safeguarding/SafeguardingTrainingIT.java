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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * A school's return shows the safeguarding courses its DSL and staff attended through Heads Up, with the date and
 * where it comes from; other courses are left out; the school adds training Heads Up does not know of.
 */
@HeadsUpIntegrationTest
class SafeguardingTrainingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    EventPlanning planning;

    /**
     * A return of the current round nobody has started, at a school with a DSL and a head: the {@code which}th
     * after the first two (which SafeguardingEvidenceIT takes; SafeguardingAuditIT takes from the end).
     */
    private long[] aReturn(int which) {
        List<AudienceMember> people =
                directory.members(Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), LocalDate.now());
        List<long[]> candidates =
                jdbc.sql("""
                        select r.id, r.organisation_id from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                        order by r.id
                        """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                        .filter(r -> people.stream()
                                        .filter(m -> m.organisationId() == r[1])
                                        .map(AudienceMember::role)
                                        .distinct()
                                        .count()
                                == 2)
                        .toList();
        return candidates.get(2 + which);
    }

    private AudienceMember member(long organisationId, OrganisationRole role) {
        return directory.members(Audience.of(role), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == organisationId)
                .findFirst()
                .orElseThrow();
    }

    /** A course that ended 40 days ago, at which these people were present (and certified if asked). */
    private void attended(String title, long organisationId, List<Long> people, boolean certificate) {
        long event = planning.add(EventFixtures.aCourse().titled(title).build(), "grace.okafor@elmshire.example");
        planning.bookOnBehalf(event, organisationId, people, "grace.okafor@elmshire.example", "Grace Okafor");
        // A course 40 days ago from 10:00 to 16:00 in London: one day, whatever the hour the test runs at.
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(40);
        jdbc.sql("update events set starts_at = :starts, ends_at = :ends where id = :e")
                .param(
                        "starts",
                        day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime())
                .param(
                        "ends",
                        day.atTime(16, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime())
                .param("e", event)
                .update();
        jdbc.sql("update event_places set attendance = 'ATTENDED',"
                        + " certificate_sent_at = case when :cert then now() end"
                        + " where event_id = :e and status = 'CONFIRMED'")
                .param("e", event)
                .param("cert", certificate)
                .update();
    }

    @Test
    void theReturnShowsTheSafeguardingCoursesItsPeopleAttendedWithTheirSource() throws Exception {
        long[] r = aReturn(0);
        AudienceMember dsl = member(r[1], OrganisationRole.DSL);
        AudienceMember head = member(r[1], OrganisationRole.HEADTEACHER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        attended("Child protection update " + unique, r[1], List.of(dsl.personId()), true);
        attended("Safer recruitment " + unique, r[1], List.of(head.personId()), false);
        attended("Phonics for beginners " + unique, r[1], List.of(dsl.personId()), true);
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(LocalDate.now(ZoneId.of("Europe/London")).minusDays(40));

        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, dsl.email());
        mvc.perform(get("/safeguarding/returns/" + r[0]).cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child protection update " + unique)))
                .andExpect(content().string(containsString(dsl.name() + " (Designated safeguarding lead)")))
                .andExpect(content().string(containsString("Heads Up course, certificate issued")))
                .andExpect(content().string(containsString(head.name() + " (Staff)")))
                .andExpect(content().string(containsString("Heads Up course register")))
                .andExpect(content().string(containsString(day)))
                .andExpect(content().string(not(containsString("Phonics for beginners " + unique))));
    }

    @Test
    void theSchoolAddsTrainingHeadsUpDoesNotKnowAndBadInputIsRefusedWithItsField() throws Exception {
        long[] r = aReturn(1);
        long[] other = aReturn(2);
        AudienceMember dsl = member(r[1], OrganisationRole.DSL);
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, dsl.email());
        String training = "/safeguarding/returns/" + r[0] + "/training";

        mvc.perform(post(training)
                        .param("trainee", "")
                        .param("course", "Online safety")
                        .param("trainedOn.day", "31")
                        .param("trainedOn.month", "2")
                        .param("trainedOn.year", "2026")
                        .cookie(cookie)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter who was trained")))
                .andExpect(content().string(containsString("The date of the training must be a real date")));
        assertThat(jdbc.sql("select count(*) from safeguarding_training where return_id = :id")
                        .param("id", r[0])
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post(training)
                        .param("trainee", "Sam Lee, deputy DSL")
                        .param("course", "Contextual safeguarding (external)")
                        .param("trainedOn.day", "3")
                        .param("trainedOn.month", "3")
                        .param("trainedOn.year", "2026")
                        .cookie(cookie)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/safeguarding/returns/" + r[0]).cookie(cookie))
                .andExpect(content().string(containsString("Contextual safeguarding (external)")))
                .andExpect(content().string(containsString("3 March 2026")))
                .andExpect(content().string(containsString("Added by " + dsl.name())));

        // Another school's DSL cannot add to it.
        Cookie stranger = SignedIn.schoolStaff(
                mvc, jdbc, member(other[1], OrganisationRole.DSL).email());
        mvc.perform(post(training)
                        .param("trainee", "X")
                        .param("course", "Y")
                        .param("trainedOn.day", "3")
                        .param("trainedOn.month", "3")
                        .param("trainedOn.year", "2026")
                        .cookie(stranger)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
