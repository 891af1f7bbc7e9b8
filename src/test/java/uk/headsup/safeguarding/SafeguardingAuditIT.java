package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SentEmails;
import uk.headsup.support.SignedIn;

/**
 * The audit on the demo county's current round: who may reach a return, two colleagues on one answer, submitting
 * with gaps, and sign-off by single-use links.
 */
@HeadsUpIntegrationTest
class SafeguardingAuditIT {

    static final String OFFICER = "helen.marsh@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    record School(long returnId, long organisationId, String dsl, String head) {}

    /** Schools of the current round that nobody has started, each used by one test only. */
    private School notStarted(int which) {
        List<Long[]> rows = jdbc.sql("""
                        select r.id, r.organisation_id from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                        order by r.id
                        """)
                .query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        Long[] row = rows.get(rows.size() - 1 - which);
        List<AudienceMember> people =
                directory.members(Audience.of(OrganisationRole.DSL, OrganisationRole.HEADTEACHER), LocalDate.now());
        String dsl = people.stream()
                .filter(m -> m.organisationId() == row[1] && m.role() == OrganisationRole.DSL)
                .findFirst()
                .orElseThrow()
                .email();
        String head = people.stream()
                .filter(m -> m.organisationId() == row[1] && m.role() == OrganisationRole.HEADTEACHER)
                .findFirst()
                .orElseThrow()
                .email();
        return new School(row[0], row[1], dsl, head);
    }

    @Test
    void anotherSchoolsStaffAndOtherOfficersAreToldEveryAuditAddressIsNotFound() throws Exception {
        School mine = notStarted(0);
        School theirs = notStarted(1);
        Cookie other = SignedIn.schoolStaff(mvc, jdbc, theirs.dsl());
        String base = "/safeguarding/returns/" + mine.returnId();

        mvc.perform(get(base).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/answers")
                        .param("standard", "1.1")
                        .param("narrative", "x")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/actions")
                        .param("standard", "1.1")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/submit").cookie(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(base + "/review")
                        .param("outcome", "accept")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/safeguarding/rounds").cookie(other)).andExpect(status().isForbidden());

        Cookie editor = SignedIn.authorityStaff(mvc, SignedIn.EDITOR);
        mvc.perform(get(base).cookie(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/safeguarding/rounds").cookie(editor)).andExpect(status().isForbidden());

        // Their own school's return opens; nothing of the other school's leaks into it.
        mvc.perform(get("/safeguarding/returns/" + theirs.returnId()).cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Do not name any child")));
    }

    @Test
    void everyViewOfAReturnByTheOfficerIsAudited() throws Exception {
        School school = notStarted(2);
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);

        mvc.perform(get("/safeguarding/returns/" + school.returnId()).cookie(officer))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select count(*) from safeguarding_views where return_id = :id and viewer = :v")
                        .param("id", school.returnId())
                        .param("v", OFFICER)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoColleaguesEditingOneAnswerLoseNeitherText() throws Exception {
        School school = notStarted(3);
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, school.dsl());
        Cookie head = SignedIn.schoolStaff(mvc, jdbc, school.head());
        String answers = "/safeguarding/returns/" + school.returnId() + "/answers";

        mvc.perform(post(answers)
                        .param("standard", "2.1")
                        .param("fromRevision", "0")
                        .param("rating", "green")
                        .param("narrative", "The DSL's account")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("saved"))
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(post(answers)
                        .param("standard", "2.1")
                        .param("fromRevision", "0")
                        .param("rating", "amber")
                        .param("narrative", "The head's account")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("conflict"))
                .andExpect(jsonPath("$.theirNarrative").value("The DSL's account"));

        // The head keeps theirs, knowingly, from the DSL's revision; the DSL's text stays in the log's history.
        mvc.perform(post(answers)
                        .param("standard", "2.1")
                        .param("fromRevision", "1")
                        .param("rating", "amber")
                        .param("narrative", "The head's account")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(head)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        mvc.perform(get("/safeguarding/returns/" + school.returnId() + "/sections/2")
                        .cookie(dsl))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The head&#39;s account")));
    }

    @Test
    void submittingWithGapsListsThem_thenHeadAndGovernorSignOffOnceEach() throws Exception {
        School school = notStarted(4);
        Cookie dsl = SignedIn.schoolStaff(mvc, jdbc, school.dsl());
        String base = "/safeguarding/returns/" + school.returnId();
        mvc.perform(get(base).cookie(dsl)).andExpect(status().isOk());

        mvc.perform(post(base + "/submit").cookie(dsl).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You cannot submit the return yet")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("href=\"" + base + "/sections/1#standard-1.1\"")));

        List<String> statutory =
                jdbc.sql("""
                        select s ->> 'number' from safeguarding_returns r
                        join safeguarding_rounds d on d.id = r.round_id
                        join assessment_framework_versions v on v.id = d.version_id,
                        jsonb_array_elements(v.content -> 'sections') sec,
                        jsonb_array_elements(sec -> 'standards') s
                        where r.id = :id
                        """).param("id", school.returnId()).query(String.class).list();
        for (String number : statutory) {
            mvc.perform(post(base + "/answers")
                            .param("standard", number)
                            .param("fromRevision", "0")
                            .param("rating", number.equals("1.1") ? "red" : "green")
                            .param("narrative", "Checked")
                            .cookie(dsl)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(base + "/submit").cookie(dsl).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Add an action for standard 1.1")));
        mvc.perform(post(base + "/actions")
                        .param("standard", "1.1")
                        .param("what", "Governors review the arrangements")
                        .param("owner", "Chair")
                        .param("due.day", "1")
                        .param("due.month", "3")
                        .param("due.year", String.valueOf(LocalDate.now().getYear() + 1))
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/submit").cookie(dsl).with(csrf())).andExpect(status().is3xxRedirection());

        // Locked: a further edit is refused and says why.
        mvc.perform(post(base + "/answers")
                        .param("standard", "1.2")
                        .param("fromRevision", "1")
                        .param("narrative", "late change")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("locked"));

        SentEmails emails = new SentEmails(jdbc);
        String governor = "chair." + school.organisationId() + "@governors.example";
        String headLink =
                emails.latestTo(school.head(), "/safeguarding/sign-off").link("/safeguarding/sign-off");
        String governorLink =
                emails.latestTo(governor, "/safeguarding/sign-off").link("/safeguarding/sign-off");
        String headToken = headLink.substring(headLink.indexOf("token=") + 6);
        String governorToken = governorLink.substring(governorLink.indexOf("token=") + 6);

        // The governor has no account: the link's page and its form work without signing in.
        mvc.perform(get("/safeguarding/sign-off").param("token", governorToken))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm and sign off")));
        mvc.perform(post("/safeguarding/sign-off").param("token", governorToken).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Return signed off")));
        mvc.perform(post("/safeguarding/sign-off").param("token", governorToken).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link has already been used")));
        mvc.perform(post("/safeguarding/sign-off").param("token", headToken).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Return signed off")));

        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        mvc.perform(get(base).cookie(officer))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Submitted")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Return for changes")));
        assertThat(emails.latestTo(OFFICER, "has returned its safeguarding audit"))
                .isNotNull();

        // She writes feedback beside the answers on a section's page; the school sees none of it until her review.
        mvc.perform(get(base + "/sections/1").cookie(officer))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your feedback on standard 1.1")));
        mvc.perform(post(base + "/sections/1/feedback")
                        .param("feedback.1.1", "The governors' review should be minuted.")
                        .cookie(dsl)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/sections/1/feedback")
                        .param("feedback.1.1", "The governors' review should be minuted.")
                        .param("feedback.1.2", "")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", base + "/sections/2"));
        mvc.perform(get(base + "/sections/1").cookie(officer))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("The governors&#39; review should be minuted.")));
        mvc.perform(get(base).cookie(officer))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Feedback on standards (1 written)")));
        mvc.perform(get(base + "/sections/1").cookie(dsl))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("should be minuted"))));

        // The officer accepts it; the school reads that it was accepted, with the officer's words.
        mvc.perform(post(base + "/review")
                        .param("outcome", "accept")
                        .param("overall", "Accepted: thank you for a careful return.")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "Accepted"));
        mvc.perform(get(base).cookie(dsl))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Accepted")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Accepted: thank you for a careful return.")));
        mvc.perform(get(base + "/sections/1").cookie(dsl))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("The governors&#39; review should be minuted.")));
        assertThat(jdbc.sql("select count(*) from safeguarding_feedback_drafts where return_id = :id")
                        .param("id", school.returnId())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post(base + "/review")
                        .param("outcome", "accept")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfficerSeesTheRoundAndItsAnalysis() throws Exception {
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();

        mvc.perform(get("/safeguarding/rounds/" + round).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Awaiting sign-off")));
        // By phase (district, type and trust alike): only that phase's returns, and the states counted among them.
        List<String> phases = jdbc.sql("select distinct phase from safeguarding_returns where round_id = :r"
                        + " and phase is not null order by phase")
                .param("r", round)
                .query(String.class)
                .list();
        assertThat(phases).hasSizeGreaterThan(1);
        long ofFirst = jdbc.sql("select count(*) from safeguarding_returns where round_id = :r and phase = :p")
                .param("r", round)
                .param("p", phases.get(0))
                .query(Long.class)
                .single();
        mvc.perform(get("/safeguarding/rounds/" + round)
                        .param("phase", phases.get(0))
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">All: " + ofFirst + "<")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                "<td class=\"govuk-table__cell\">" + phases.get(1) + "</td>"))));
        mvc.perform(get("/safeguarding/rounds/" + round + "/analysis").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ratings by standard")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));
        mvc.perform(get("/safeguarding/rounds/" + round + "/analysis.csv").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("Standard,Statement,Returns")));
    }
}
