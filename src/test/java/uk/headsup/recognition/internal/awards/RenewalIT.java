package uk.headsup.recognition.internal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Answer;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGrades;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.directory.Organisations;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.internal.applications.Applications;
import uk.headsup.recognition.internal.applications.Applications.State;
import uk.headsup.support.HeadsUpIntegrationTest;
import uk.headsup.support.SignedIn;

/**
 * An award's renewal from end to end: the renewal reminders at 3 months and at 1 month, each once; the renewal starts
 * a new application whose self-evaluation holds the last answers; a second renewal while one is live is refused; on
 * its expiry day the award is recorded expired, once, and leaves the register.
 */
@HeadsUpIntegrationTest
class RenewalIT {

    private static final Actor OFFICER = new Actor("amira.haddad@elmshire.example", "Amira Haddad");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Applications applications;

    @Autowired
    RecognitionSchemes schemes;

    @Autowired
    Organisations organisations;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Responses responses;

    @Autowired
    Awards awards;

    @Autowired
    AwardReminders reminders;

    @Autowired
    Renewals renewals;

    @Autowired
    OfstedGrades grades;

    @Autowired
    AnnualUpdates annualUpdates;

    @Autowired
    uk.headsup.recognition.EarlierAwards earlier;

    @Test
    void anAwardIsRemindedRenewedFromItsLastSelfEvaluationAndRecordedExpired() {
        long setting = jdbc.sql("""
                        select o.id from organisations o
                         where o.kind = 'EARLY_YEARS_SETTING' and o.status <> 'CLOSED'
                           and not exists (select 1 from recognition_members m
                                             join recognition_applications w on w.id = m.application_id
                                            where m.organisation_id = o.id and w.scheme_key = 'kitemark'
                                              and w.state not in ('AWARDED', 'NOT_AWARDED'))
                         order by o.id desc limit 1
                        """).query(Long.class).single();
        grades.record(
                setting, new OfstedInspection(OfstedGrade.GOOD, LocalDate.now().minusMonths(6)));
        Actor manager = new Actor("manager@renewal.example", "A Manager");
        LocalDate today = LocalDate.now();
        LocalDate awarded = today.minusYears(3).plusDays(80);
        long won = applications.applyAlone(
                schemes.find("kitemark").orElseThrow(),
                organisations.organisation(setting).orElseThrow(),
                true,
                manager);
        Applications.Application first = applications.find(won).orElseThrow();
        Framework framework =
                frameworks.version(first.versionId()).orElseThrow().framework();
        for (Framework.Standard s : framework.standards()) {
            responses.save(
                    first.responseId(),
                    new Answer.Edit(s.number(), 0, "embedded", "Our practice on " + s.number(), Map.of()),
                    manager);
        }
        assertThat(applications.submit(won, manager)).isEmpty();
        applications.decide(won, State.AWARDED, null, awarded, "Inclusion panel", "", OFFICER);
        Award award = awards.find(applications.awards(won).get(0).id()).orElseThrow();
        assertThat(award.expiresOn()).isEqualTo(awarded.plusYears(3));

        // 80 days before the end: the 3-month reminder, once however often the day's job runs.
        reminders.remind(today);
        reminders.remind(today);
        assertThat(reminderKeys(award.id()))
                .singleElement()
                .asString()
                .contains(":RENEWAL:")
                .endsWith(":3");
        // 50 days later, inside the last month: the 1-month reminder, once.
        reminders.remind(today.plusDays(50));
        reminders.remind(today.plusDays(51));
        assertThat(reminderKeys(award.id()))
                .hasSize(2)
                .anySatisfy(key -> assertThat(key).endsWith(":1"));

        long renewal = renewals.renew(award.id(), manager);
        Applications.Application next = applications.find(renewal).orElseThrow();
        assertThat(renewal).isNotEqualTo(won);
        assertThat(next.state()).isEqualTo(State.OPEN);
        assertThat(next.responseId()).isNotEqualTo(first.responseId());
        assertThat(responses.answers(next.responseId()))
                .as("the renewal starts from the last self-evaluation")
                .hasSameSizeAs(framework.standards())
                .allSatisfy((standard, answer) -> {
                    assertThat(answer.rating()).isEqualTo("embedded");
                    assertThat(answer.narrative()).isEqualTo("Our practice on " + standard);
                });
        assertThat(awards.history(award.id())).extracting(Awards.Change::change).contains("Renewal started");
        assertThatThrownBy(() -> renewals.renew(award.id(), manager))
                .hasMessageContaining("already has a live application");

        LocalDate end = award.expiresOn();
        awards.recordExpiries(end.minusDays(1));
        assertThat(awards.history(award.id())).extracting(Awards.Change::change).doesNotContain("Expired");
        awards.recordExpiries(end);
        awards.recordExpiries(end.plusDays(1));
        assertThat(awards.history(award.id())).extracting(Awards.Change::change).containsOnlyOnce("Expired");
        Award ended = awards.find(award.id()).orElseThrow();
        assertThat(ended.status(end)).isEqualTo(Award.Status.EXPIRED);
        assertThat(ended.inForce(end)).isFalse();
    }

    @Test
    void anAnnualUpdateSentStopsItsRemindersAndIsKeptInTheHistory() throws Exception {
        List<Long> schools = jdbc.sql("""
                        select o.id from organisations o
                         where o.kind = 'SCHOOL' and o.status <> 'CLOSED'
                           and exists (select 1 from appointments a where a.organisation_id = o.id
                                          and a.role = 'HEADTEACHER' and a.ends_on is null)
                           and not exists (select 1 from recognition_members m where m.organisation_id = o.id)
                           and not exists (select 1 from recognition_awards w where w.organisation_id = o.id)
                         order by o.id desc limit 2
                        """).query(Long.class).list();
        LocalDate today = LocalDate.now();
        LocalDate awarded = today.minusYears(1).plusDays(60); // the first annual update is due in 60 days
        earlier.record("quality-mark", List.of(schools.get(0)), awarded, true, "Panel");
        earlier.record("quality-mark", List.of(schools.get(1)), awarded, true, "Panel");
        Award updating = awards.ofOrganisations(List.of(schools.get(0))).get(0);
        Award silent = awards.ofOrganisations(List.of(schools.get(1))).get(0);

        assertThatThrownBy(() -> annualUpdates.send(updating.id(), today, " ", OFFICER))
                .hasMessageContaining("Say what has changed since the award");
        annualUpdates.send(updating.id(), today, "Two more staff trained in speech and language support", OFFICER);
        assertThat(jdbc.sql("select count(*) from mailshots where key like :key")
                        .param("key", "recognition-annual-update:" + updating.id() + ":%")
                        .query(Integer.class)
                        .single())
                .as("the schemes officers are sent the update")
                .isEqualTo(1);
        reminders.remind(today);

        assertThat(reminderKeys(updating.id()))
                .as("the update is in: no reminder of it")
                .isEmpty();
        assertThat(reminderKeys(silent.id())).singleElement().asString().contains(":ANNUAL_UPDATE:");
        assertThat(awards.history(updating.id()))
                .anySatisfy(
                        c -> assertThat(c.detail()).isEqualTo("Two more staff trained in speech and language support"));
        // The head of the other school sends theirs from the award page; nobody else may.
        String head =
                jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                         where a.organisation_id = :org and a.role = 'HEADTEACHER' and a.ends_on is null limit 1
                        """).param("org", schools.get(1)).query(String.class).single();
        String otherHead =
                jdbc.sql("""
                        select p.email from people p join appointments a on a.person_id = p.id
                         where a.organisation_id = :org and a.role = 'HEADTEACHER' and a.ends_on is null limit 1
                        """).param("org", schools.get(0)).query(String.class).single();
        String address = "/recognition/awards/" + silent.id() + "/annual-update";
        mvc.perform(post(address)
                        .cookie(SignedIn.schoolStaff(mvc, jdbc, otherHead))
                        .with(csrf())
                        .param("update", "Not ours to send"))
                .andExpect(status().isNotFound());
        mvc.perform(post(address)
                        .cookie(SignedIn.schoolStaff(mvc, jdbc, head))
                        .with(csrf())
                        .param("update", "A new nurture room"))
                .andExpect(status().is3xxRedirection());
        assertThat(awards.history(silent.id()))
                .extracting(Awards.Change::detail)
                .contains("A new nurture room");
        assertThat(awards.history(silent.id()))
                .extracting(Awards.Change::detail)
                .doesNotContain("Not ours to send");

        assertThatThrownBy(() -> awards.annualUpdate(updating.id(), updating.expiresOn(), "Late", OFFICER))
                .hasMessageContaining("an annual update is for an award in force");
    }

    private List<String> reminderKeys(long awardId) {
        return jdbc.sql("select key from mailshots where key like :key order by key")
                .param("key", "recognition-reminder:" + awardId + ":%")
                .query(String.class)
                .list();
    }
}
