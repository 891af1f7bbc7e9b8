package uk.headsup.safeguarding.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * The county analysis is kept while nothing it counts changes, and worked out again as soon as something does: a
 * return signed off (or its sign-off undone), a counted response changed, another filter.
 */
@HeadsUpIntegrationTest
class AnalysisKeptIT {

    @Autowired
    Analysis analysis;

    @Autowired
    Rounds rounds;

    @Autowired
    JdbcClient jdbc;

    static final ReturnFilter ALL = new ReturnFilter(null, null, null, null);

    @Test
    void keptUntilASignOffOrACountedResponseChanges() {
        Round round = rounds.round(jdbc.sql("select max(id) from safeguarding_rounds")
                        .query(Long.class)
                        .single())
                .orElseThrow();
        Analysis.Picture first = analysis.of(round, ALL);
        assertThat(analysis.of(round, ALL))
                .as("nothing changed: the same picture")
                .isSameAs(first);
        assertThat(analysis.of(round, new ReturnFilter("Primary", null, null, null)))
                .isNotSameAs(first);

        // A return awaiting sign-off is signed off: it counts now; undone, it no longer does.
        long awaiting =
                jdbc.sql("""
                        select r.id from safeguarding_returns r join assessment_responses p on p.id = r.response_id
                        where r.round_id = :round and p.state = 'SUBMITTED' and r.signed_off_at is null
                        order by r.id limit 1
                        """).param("round", round.id()).query(Long.class).single();
        rounds.signedOff(awaiting, true);
        try {
            Analysis.Picture signed = analysis.of(round, ALL);
            assertThat(signed.returnsCounted()).isEqualTo(first.returnsCounted() + 1);
        } finally {
            rounds.signedOff(awaiting, false);
        }
        Analysis.Picture undone = analysis.of(round, ALL);
        assertThat(undone.returnsCounted()).isEqualTo(first.returnsCounted());

        // A counted response changes (as an accepted return's would, were it reopened): worked out again.
        jdbc.sql("""
                        update assessment_responses set updated_at = now() where id = (
                          select r.response_id from safeguarding_returns r
                          join assessment_responses p on p.id = r.response_id
                          where r.round_id = :round and p.state = 'ACCEPTED' order by r.id limit 1)
                        """).param("round", round.id()).update();
        Analysis.Picture after = analysis.of(round, ALL);
        assertThat(after).isNotSameAs(undone);
        assertThat(analysis.of(round, ALL)).isSameAs(after);
    }
}
