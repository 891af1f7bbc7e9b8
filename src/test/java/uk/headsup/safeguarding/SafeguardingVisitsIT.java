package uk.headsup.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * The officer draws verification visits by the rules (every non-returner, every school with several reds, one at
 * random in each district and phase of the rest), records a visit's findings, and the school reads them.
 */
@HeadsUpIntegrationTest
class SafeguardingVisitsIT {

    static final String OFFICER = "helen.marsh@elmshire.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    /** Counted independently of the code under test: each return of the round with why the rules pick it. */
    private Map<Long, String> expected(long round) {
        return jdbc
                .sql("""
                        select r.id,
                          case when s.id is null or s.state in ('IN_PROGRESS', 'RETURNED')
                                    or (s.state = 'SUBMITTED' and r.signed_off_at is null) then 'NOT_RETURNED'
                               when (select count(*) from assessment_answers a
                                     where a.response_id = s.id and a.rating = 'red') >= 2 then 'SEVERAL_REDS'
                               else 'REST:' || coalesce(r.district, '') || '|' || coalesce(r.phase, '') end
                        from safeguarding_returns r left join assessment_responses s on s.id = r.response_id
                        where r.round_id = :round
                        """)
                .param("round", round)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<Long, String> drawn(long round) {
        return jdbc
                .sql("select return_id, reason from safeguarding_visits where round_id = :round")
                .param("round", round)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theSampleFollowsTheRulesAndTheSchoolReadsTheFindings() throws Exception {
        long round = jdbc.sql("select max(id) from safeguarding_rounds")
                .query(Long.class)
                .single();
        Cookie officer = SignedIn.authorityStaff(mvc, OFFICER);
        String visits = "/safeguarding/rounds/" + round + "/visits";

        Map<Long, String> expected = expected(round);
        mvc.perform(post(visits + "/draw").cookie(officer).with(csrf())).andExpect(status().is3xxRedirection());
        Map<Long, String> drawn = drawn(round);

        expected.forEach((returnId, why) -> {
            if (!why.startsWith("REST:")) {
                assertThat(drawn.get(returnId)).as("return %d", returnId).isEqualTo(why);
            }
        });
        Map<String, List<Long>> groups = expected.entrySet().stream()
                .filter(e -> e.getValue().startsWith("REST:"))
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        groups.forEach((group, returns) -> assertThat(returns.stream()
                        .filter(id -> "RANDOM".equals(drawn.get(id)))
                        .count())
                .as("one chosen at random in %s", group)
                .isEqualTo(1));
        assertThat(Set.copyOf(drawn.values())).isSubsetOf("NOT_RETURNED", "SEVERAL_REDS", "RANDOM");
        assertThat(drawn.keySet())
                .as("nobody the rules do not pick")
                .allSatisfy(id -> assertThat(expected.get(id).startsWith("REST:") ? "RANDOM" : expected.get(id))
                        .isEqualTo(drawn.get(id)));

        mvc.perform(get(visits).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("every school whose return rates two or more standards red")));
        mvc.perform(post(visits + "/draw").cookie(officer).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(drawn(round)).as("drawing again adds nothing").isEqualTo(drawn);

        // The officer records a visit to a school that has not returned; its DSL reads the findings.
        Set<Long> withDsl = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .map(AudienceMember::organisationId)
                .collect(Collectors.toSet());
        long[] visit = jdbc
                .sql("""
                        select v.id, r.id, r.organisation_id from safeguarding_visits v
                        join safeguarding_returns r on r.id = v.return_id
                        where v.round_id = :round and v.reason = 'NOT_RETURNED' order by v.id
                        """)
                .param("round", round)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list()
                .stream()
                .filter(v -> withDsl.contains(v[2]))
                .findFirst()
                .orElseThrow();
        String page = visits + "/" + visit[0];
        mvc.perform(post(page)
                        .param("visitedOn.day", "40")
                        .param("visitedOn.month", "1")
                        .param("visitedOn.year", "2026")
                        .param("findings", "")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date of the visit must be a real date")))
                .andExpect(content().string(containsString("Enter what the visit found")));
        LocalDate on = LocalDate.now().minusDays(1);
        mvc.perform(post(page)
                        .param("visitedOn.day", String.valueOf(on.getDayOfMonth()))
                        .param("visitedOn.month", String.valueOf(on.getMonthValue()))
                        .param("visitedOn.year", String.valueOf(on.getYear()))
                        .param("findings", "The single central record is complete and checked each term.")
                        .cookie(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String dsl = directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == visit[2])
                .findFirst()
                .orElseThrow()
                .email();
        Cookie school = SignedIn.schoolStaff(mvc, jdbc, dsl);
        mvc.perform(get("/safeguarding/returns/" + visit[1]).cookie(school))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verification visit")))
                .andExpect(content()
                        .string(containsString("The single central record is complete and checked each term.")));
        mvc.perform(get(visits).cookie(school)).andExpect(status().isForbidden());
        mvc.perform(post(page).param("findings", "x").cookie(school).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
