package uk.headsup.safeguarding.internal.rounds;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * A trust's safeguarding lead reads the returns of the trust's schools (and nobody else's) and is reminded of them;
 * a deputy DSL and the safeguarding governor read their own school's return but cannot change it.
 */
@HeadsUpIntegrationTest
class SafeguardingTrustIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryRecords records;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Rounds rounds;

    record Return(long id, long organisationId, String name) {}

    /** Returns of the current round nobody has started, from the middle of the list (other tests take the ends). */
    private List<Return> returns(int offset, int count) {
        return jdbc.sql("""
                        select r.id, r.organisation_id, r.organisation_name from safeguarding_returns r
                        where r.round_id = (select max(id) from safeguarding_rounds) and r.response_id is null
                          and r.trust_id is null
                        order by r.id offset :offset limit :count
                        """)
                .param("offset", offset)
                .param("count", count)
                .query((rs, n) -> new Return(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    private long trust(String name) {
        return records.addOrganisation(new DirectoryRecords.NewOrganisation(
                OrganisationKind.ACADEMY_TRUST, name, null, null, null, null, null, null, null));
    }

    private String person(String name, long organisationId, OrganisationRole role) {
        String email = name.toLowerCase().replace(' ', '.') + "@people.example";
        long id = records.addPerson(name, email, "", "");
        records.appoint(id, organisationId, role, LocalDate.now().minusDays(1));
        return email;
    }

    @Test
    void aTrustLeadReadsExactlyItsSchoolsReturnsAndDeputiesAndGovernorsReadTheirOwn() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        List<Return> picked = returns(2, 3);
        Return first = picked.get(0);
        Return second = picked.get(1);
        Return outside = picked.get(2);
        long oak = trust("Oak Learning Trust " + unique);
        long ash = trust("Ash Learning Trust " + unique);
        for (Return r : List.of(first, second)) {
            jdbc.sql("update safeguarding_returns set trust_id = :t, trust_name = :n where id = :id")
                    .param("t", oak)
                    .param("n", "Oak Learning Trust " + unique)
                    .param("id", r.id())
                    .update();
        }
        Cookie oakLead = SignedIn.schoolStaff(
                mvc, jdbc, person("Oak Lead " + unique, oak, OrganisationRole.TRUST_SAFEGUARDING_LEAD));
        Cookie ashLead = SignedIn.schoolStaff(
                mvc, jdbc, person("Ash Lead " + unique, ash, OrganisationRole.TRUST_SAFEGUARDING_LEAD));
        Cookie deputy = SignedIn.schoolStaff(
                mvc, jdbc, person("Deputy Dsl " + unique, first.organisationId(), OrganisationRole.DEPUTY_DSL));
        Cookie governor = SignedIn.schoolStaff(
                mvc,
                jdbc,
                person("Safe Governor " + unique, first.organisationId(), OrganisationRole.SAFEGUARDING_GOVERNOR));

        mvc.perform(get("/safeguarding/my").cookie(oakLead))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first.name())))
                .andExpect(content().string(containsString(second.name())))
                .andExpect(content().string(not(containsString(outside.name()))));
        // Their schools' returns, with their state and deadline, are on the lead's home page, not only on a page to
        // find.
        mvc.perform(get("/").cookie(oakLead))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("See that " + first.name())))
                .andExpect(content().string(containsString("See that " + second.name())))
                .andExpect(content().string(containsString("/safeguarding/returns/" + first.id())))
                .andExpect(content().string(not(containsString(outside.name()))));
        mvc.perform(get("/").cookie(ashLead)).andExpect(content().string(not(containsString(first.name()))));
        for (Return r : List.of(first, second)) {
            mvc.perform(get("/safeguarding/returns/" + r.id()).cookie(oakLead))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Submit for sign-off"))));
        }
        mvc.perform(post("/safeguarding/returns/" + first.id() + "/answers")
                        .param("standard", "1.1")
                        .param("narrative", "Not theirs to write")
                        .cookie(oakLead)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/safeguarding/returns/" + outside.id()).cookie(oakLead))
                .andExpect(status().isNotFound());
        mvc.perform(get("/safeguarding/returns/" + first.id()).cookie(ashLead)).andExpect(status().isNotFound());
        mvc.perform(get("/safeguarding/my").cookie(ashLead))
                .andExpect(content().string(not(containsString(first.name()))));

        for (Cookie reader : List.of(deputy, governor)) {
            mvc.perform(get("/safeguarding/returns/" + first.id()).cookie(reader))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Submit for sign-off"))));
            mvc.perform(get("/safeguarding/returns/" + second.id()).cookie(reader))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/safeguarding/returns/" + first.id() + "/submit")
                            .cookie(reader)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // Reading it does not start it: only the DSL or head does.
        assertThat(rounds.auditReturn(first.id()).orElseThrow().responseId()).isNull();

        Round round = rounds.round(rounds.auditReturn(first.id()).orElseThrow().roundId())
                .orElseThrow();
        reminders.remind(round, round.finalDeadline().minusDays(3));
        List<String> toOak = jdbc.sql("""
                        select n.body from outbox_messages o join mailshot_notices n on n.mailshot_id = o.mailshot_id
                        where lower(o.recipient) = lower(:email)
                        """)
                .param("email", "oak.lead." + unique + "@people.example")
                .query(String.class)
                .list();
        assertThat(toOak)
                .singleElement()
                .asString()
                .contains(first.name(), second.name())
                .doesNotContain(outside.name());
        assertThat(jdbc.sql("select count(*) from outbox_messages where lower(recipient) = lower(:email)"
                                + " and mailshot_id is not null")
                        .param("email", "ash.lead." + unique + "@people.example")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
