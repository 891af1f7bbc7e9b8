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
import java.nio.charset.StandardCharsets;
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
    private long attended(String title, long organisationId, List<Long> people, boolean certificate) {
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
        return event;
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

    @Test
    void theSchoolCorrectsALineFromEventsInPlaceAndHeadsUpsRecordStaysInView() throws Exception {
        long[] r = aReturn(3);
        AudienceMember dsl = member(r[1], OrganisationRole.DSL);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long event = attended("Child protection basics " + unique, r[1], List.of(dsl.personId()), false);
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(LocalDate.now(ZoneId.of("Europe/London")).minusDays(40));
        Cookie cookie = SignedIn.schoolStaff(mvc, jdbc, dsl.email());
        String base = "/safeguarding/returns/" + r[0];
        String key = "course-" + event + "-"
                + UUID.nameUUIDFromBytes(dsl.email().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));

        // "Correct" opens the form with the line in it.
        mvc.perform(get(base).param("correct", key).cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + base + "?correct=" + key + "#add-training\"")))
                .andExpect(content().string(containsString("<option value=\"" + key + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"Child protection basics " + unique + "\"")));

        // A line that is not on the return is refused, naming the field; nothing is saved.
        mvc.perform(post(base + "/training")
                        .param("corrects", "course-0-nothing")
                        .param("trainee", dsl.name())
                        .param("course", "Child protection basics (refresher)")
                        .param("trainedOn.day", "5")
                        .param("trainedOn.month", "1")
                        .param("trainedOn.year", "2026")
                        .cookie(cookie)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a line of the table to correct")));
        assertThat(count(r[0])).isZero();

        for (String course : List.of("Child protection basics (wrong)", "Child protection basics (refresher)")) {
            mvc.perform(post(base + "/training")
                            .param("corrects", key)
                            .param("trainee", dsl.name())
                            .param("course", course)
                            .param("trainedOn.day", "5")
                            .param("trainedOn.month", "1")
                            .param("trainedOn.year", "2026")
                            .cookie(cookie)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(count(r[0])).as("a second correction replaces the first").isEqualTo(1);
        String page =
                mvc.perform(get(base).cookie(cookie)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Child protection basics (refresher)", "5 January 2026", "Corrected by " + dsl.name())
                .contains("Heads Up said: " + dsl.name() + ", Child protection basics " + unique + ", " + day
                        + " (Heads Up course register)")
                .doesNotContain("Child protection basics (wrong)");

        // Another school cannot undo it; the school can, and Heads Up's line is back as it was.
        long line = jdbc.sql("select id from safeguarding_training where return_id = :id")
                .param("id", r[0])
                .query(Long.class)
                .single();
        Cookie stranger = SignedIn.schoolStaff(
                mvc, jdbc, member(aReturn(2)[1], OrganisationRole.DSL).email());
        mvc.perform(post(base + "/training/" + line + "/remove")
                        .cookie(stranger)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/training/" + line + "/remove").cookie(cookie).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(r[0])).isZero();
        mvc.perform(get(base).cookie(cookie))
                .andExpect(content().string(containsString("Child protection basics " + unique)))
                .andExpect(content().string(not(containsString("Corrected by"))));
    }

    private long count(long returnId) {
        return jdbc.sql("select count(*) from safeguarding_training where return_id = :id")
                .param("id", returnId)
                .query(Long.class)
                .single();
    }
}
