package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.events.internal.calendar.CalendarFeeds;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SentEmails;
import uk.headsup.support.SignedIn;

/**
 * The return section by section: the overview counts each section's answers and links submit errors to the section
 * and standard at fault; a section page has its standards, its actions and links to the sections either side; a
 * save lands back on the standard's section. Sign-off by the governor the school chooses; the return's deadline on
 * the DSL's subscribed calendar feed, through events' feeds reading {@code platform.ActionsDue}.
 */
@HeadsUpIntegrationTest
class SafeguardingReturnSectionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryRecords records;

    @Autowired
    CalendarFeeds feeds;

    record School(long returnId, long organisationId, String dsl, String head) {}

    /**
     * A return of the current round nobody has started, at a school with a DSL and a head: from the middle of those
     * left when the test runs (other tests take from the ends).
     */
    private School notStarted(int which) {
        List<long[]> rows = jdbc.sql("""
                        select r.id, r.organisation_id from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                        order by r.id
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        List<AudienceMember> people =
                directory.members(Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), LocalDate.now());
        List<School> schools = rows.stream()
                .map(r -> new School(
                        r[0],
                        r[1],
                        email(people, r[1], OrganisationRole.DSL),
                        email(people, r[1], OrganisationRole.HEADTEACHER)))
                .filter(s -> s.dsl() != null && s.head() != null)
                .toList();
        return schools.get(schools.size() / 2 + which);
    }

    private String otherDsl(long organisationId) {
        return directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() != organisationId)
                .findFirst()
                .orElseThrow()
                .email();
    }

    private static String email(List<AudienceMember> people, long organisationId, OrganisationRole role) {
        return people.stream()
                .filter(m -> m.organisationId() == organisationId && m.role() == role)
                .map(AudienceMember::email)
                .findFirst()
                .orElse(null);
    }

    private List<String> standards(long returnId) {
        return jdbc.sql("""
                        select s ->> 'number' from safeguarding_returns r
                        join safeguarding_rounds d on d.id = r.round_id
                        join assessment_framework_versions v on v.id = d.version_id,
                        jsonb_array_elements(v.content -> 'sections') sec,
                        jsonb_array_elements(sec -> 'standards') s
                        where r.id = :id
                        """).param("id", returnId).query(String.class).list();
    }

    private String page(String path, Cookie who) throws Exception {
        return mvc.perform(get(path).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** An action on a standard of section 2, due on 1 March (or 31 February, which is no date). */
    private static MockHttpServletRequestBuilder action(
            String base, Cookie dsl, String standard, String day, String year) {
        return post(base + "/actions")
                .param("section", "2")
                .param("standard", standard)
                .param("what", "Train the governors")
                .param("owner", "DSL")
                .param("due.day", day)
                .param("due.month", day.equals("31") ? "2" : "3")
                .param("due.year", year)
                .cookie(dsl)
                .with(csrf());
    }

    private void rate(String base, Cookie dsl, String standard, String rating) throws Exception {
        mvc.perform(post(base + "/answers")
                        .param("standard", standard)
                        .param("fromRevision", "0")
                        .param("rating", rating)
                        .param("narrative", "Checked")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theOverviewCountsEachSectionAndASectionPageHasItsStandardsOnly() throws Exception {
        School school = notStarted(0);
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, school.dsl());
        String base = "/safeguarding/returns/" + school.returnId();
        List<String> all = standards(school.returnId());
        long inFirst = all.stream().filter(n -> n.startsWith("1.")).count();

        // A save without script lands back on the standard, on its section's page.
        mvc.perform(post(base + "/answers")
                        .param("standard", "2.1")
                        .param("fromRevision", "0")
                        .param("rating", "red")
                        .param("narrative", "Not yet")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/2#standard-2.1"));
        rate(base, dsl, "1.1", "green");

        String overview = page(base, dsl);
        assertThat(overview)
                .contains("1 of " + inFirst + " answered", "In progress", "1 red standard needs an action")
                .contains("href=\"" + base + "/sections/2#standard-2.1\"")
                .doesNotContain("Evidence notes: how you know");

        String second = page(base + "/sections/2", dsl);
        assertThat(second)
                .contains("id=\"standard-2.1\"", "Rated red in this section and still without an action:")
                .doesNotContain("id=\"standard-1.1\"", "id=\"standard-3.1\"")
                .contains("href=\"" + base + "/sections/1\"", "href=\"" + base + "/sections/3\"");

        // An action with a bad date stays on the section's page with the error; a good one lands on the standard.
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        mvc.perform(action(base, dsl, "2.1", "31", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"standard-2.1\"")))
                .andExpect(content().string(containsString("must be a real date")));
        mvc.perform(action(base, dsl, "9.99", "1", nextYear))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a standard of this audit")));
        mvc.perform(action(base, dsl, "2.1", "1", nextYear))
                .andExpect(redirectedUrl(base + "/sections/2#standard-2.1"));
        assertThat(page(base, dsl)).doesNotContain("red standard needs an action");

        // Submitting with gaps: the error summary links to each standard on its section's page.
        mvc.perform(post(base + "/submit").cookie(dsl).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot submit the return yet")))
                .andExpect(content().string(containsString("href=\"" + base + "/sections/1#standard-1.2\"")))
                .andExpect(content().string(containsString("href=\"" + base + "/sections/3#standard-3.1\"")));

        mvc.perform(get(base + "/sections/99").cookie(dsl)).andExpect(status().isNotFound());
        Cookie stranger = SignedIn.schoolStaff(mvc, jdbc, otherDsl(school.organisationId()));
        mvc.perform(get(base + "/sections/2").cookie(stranger)).andExpect(status().isNotFound());
    }

    @Test
    void theSchoolChoosesItsSafeguardingGovernorToSignOff() throws Exception {
        School school = notStarted(1);
        String governor = "sg-" + UUID.randomUUID().toString().substring(0, 8) + "@governors.example";
        long person = records.addPerson("Grace Fairweather", governor, null, "Safeguarding governor");
        records.appoint(person, school.organisationId(), OrganisationRole.SAFEGUARDING_GOVERNOR, LocalDate.now());
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, school.dsl());
        String base = "/safeguarding/returns/" + school.returnId();
        for (String number : standards(school.returnId())) {
            rate(base, dsl, number, "green");
        }
        assertThat(page(base, dsl))
                .contains("Which governor signs it off?", "Grace Fairweather, safeguarding governor");

        mvc.perform(post(base + "/submit")
                        .param("governor", governor)
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "saved",
                                org.hamcrest.Matchers.containsString("Grace Fairweather (safeguarding governor)")));
        assertThat(jdbc.sql("select role || ' ' || lower(email) from safeguarding_sign_offs where return_id = :id"
                                + " order by role")
                        .param("id", school.returnId())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "GOVERNOR " + governor, "HEADTEACHER " + school.head().toLowerCase());
        SentEmails.Message email = new SentEmails(jdbc).latestTo(governor, "/safeguarding/sign-off");
        assertThat(email.text()).contains("As its safeguarding governor");
        String link = email.link("/safeguarding/sign-off");
        mvc.perform(post("/safeguarding/sign-off")
                        .param("token", link.substring(link.indexOf("token=") + 6))
                        .with(csrf()))
                .andExpect(content().string(containsString("Return signed off")));
        assertThat(jdbc.sql("select count(*) from safeguarding_sign_offs where return_id = :id and used_at is not null")
                        .param("id", school.returnId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theReturnsDeadlineIsOnTheDslsSubscribedCalendar() throws Exception {
        School school = notStarted(0);
        String token = feeds.create(school.dsl(), false, null);
        String ics = new String(feeds.calendar(token).orElseThrow(), StandardCharsets.UTF_8);
        String title = jdbc.sql("select organisation_name from safeguarding_returns where id = :id")
                .param("id", school.returnId())
                .query(String.class)
                .single();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Deadline: Complete " + title.replace(",", "\\,") + "'s safeguarding audit return")
                .contains("DTSTART;VALUE=DATE:")
                .contains("/safeguarding/returns/" + school.returnId() + "\r\n");

        // Only the DSL's own school's return.
        long another = jdbc.sql("""
                        select max(id) from safeguarding_returns
                        where round_id = (select max(id) from safeguarding_rounds) and organisation_id <> :o
                        """)
                .param("o", school.organisationId())
                .query(Long.class)
                .single();
        assertThat(unfolded).doesNotContain("/safeguarding/returns/" + another + "\r\n");
    }
}
