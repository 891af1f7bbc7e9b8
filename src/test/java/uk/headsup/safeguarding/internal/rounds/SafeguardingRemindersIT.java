package uk.headsup.safeguarding.internal.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.directory.Audience;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * A week before the first deadline of the demo's current round, every return not yet with the authority is reminded
 * once, to whoever has not done their part; nothing before the week, nothing twice.
 */
@HeadsUpIntegrationTest
class SafeguardingRemindersIT {

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundDesk desk;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private String dslOf(long organisationId) {
        return directory.members(Audience.of(OrganisationRole.DSL), LocalDate.now()).stream()
                .filter(m -> m.organisationId() == organisationId)
                .findFirst()
                .orElseThrow()
                .email();
    }

    /** The keys of the reminder mailshots that reached this address. */
    private List<String> remindersTo(String email, Round round) {
        return jdbc.sql("""
                        select m.key from outbox_messages o join mailshots m on m.id = o.mailshot_id
                        where lower(o.recipient) = lower(:email) and m.key like :prefix order by m.key
                        """)
                .param("email", email)
                .param("prefix", "safeguarding-reminder:" + round.id() + ":FIRST:%")
                .query(String.class)
                .list();
    }

    @Test
    void aWeekBeforeTheDeadlineEachReturnNotWithTheAuthorityIsRemindedOnceToWhoHasNotDoneTheirPart() {
        Round round = rounds.rounds().get(0);
        List<RoundDesk.Row> rows = desk.rows(round);
        RoundDesk.Row notStarted = rows.stream()
                .filter(r -> r.state() == ReturnState.NOT_STARTED)
                .findFirst()
                .orElseThrow();
        RoundDesk.Row accepted = rows.stream()
                .filter(r -> r.state() == ReturnState.ACCEPTED)
                .findFirst()
                .orElseThrow();
        RoundDesk.Row awaiting = rows.stream()
                .filter(r -> r.state() == ReturnState.AWAITING_SIGN_OFF)
                .findFirst()
                .orElseThrow();
        String governor = "governor." + UUID.randomUUID().toString().substring(0, 8) + "@governors.example";
        jdbc.sql("""
                        insert into safeguarding_sign_offs (return_id, role, name, email, token_hash, expires_at)
                        values (:id, 'GOVERNOR', 'Pat Governor', :email, :hash, now() + interval '7 days')
                        """)
                .param("id", awaiting.auditReturn().id())
                .param("email", governor)
                .param("hash", UUID.randomUUID().toString())
                .update();

        LocalDate first = round.firstDeadline();
        assertThat(reminders.remind(round, first.minusDays(8)).total())
                .as("eight days before, nothing")
                .isZero();

        DeadlineReminders.Sent sent = reminders.remind(round, first.minusDays(7));

        assertThat(sent.returns().get(DeadlineReminders.Deadline.FIRST)).isEqualTo((int)
                rows.stream().filter(r -> r.state().outstanding()).count());
        assertThat(remindersTo(dslOf(notStarted.auditReturn().organisationId()), round))
                .singleElement()
                .asString()
                .endsWith(":complete");
        assertThat(remindersTo(dslOf(accepted.auditReturn().organisationId()), round))
                .isEmpty();
        assertThat(remindersTo(dslOf(awaiting.auditReturn().organisationId()), round))
                .as("the DSL has done their part")
                .isEmpty();
        assertThat(remindersTo(governor, round)).singleElement().asString().endsWith(":sign-off");

        assertThat(reminders.remind(round, first.minusDays(7)).total())
                .as("the same day again")
                .isZero();
        assertThat(reminders.remind(round, first.minusDays(2)).total())
                .as("later in the week")
                .isZero();
        assertThat(remindersTo(dslOf(notStarted.auditReturn().organisationId()), round))
                .hasSize(1);
    }
}
