package uk.headsup.bulletins.internal.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.bulletins.internal.articles.Author;
import uk.headsup.bulletins.internal.series.SeriesCatalogue;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Issue 20, item 10: a second person approves an edition. Someone holding both editor and publisher who worked on an
 * edition cannot approve it; another publisher can (the setting {@code headsup.bulletins.second-approver} is on by
 * default).
 */
@HeadsUpIntegrationTest
class SecondApproverIT {

    private static final String REFUSED = "You worked on this edition, so another publisher must approve it";

    @Autowired
    EditionDesk desk;

    @Autowired
    SeriesCatalogue series;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whoWorkedOnAnEditionCannotApproveIt() {
        Author both = new Author("both.roles@elmshire.example", "Bo Throles", true, true);
        Author other = new Author("other.publisher@elmshire.example", "Otto Publisher", false, true);
        long edition = desk.create(series.all().get(0), LocalDate.of(2031, 3, 3), both);
        // Waiting for approval (its content is beside the point: the rule is checked first).
        jdbc.sql("update bulletin_editions set status = 'IN_REVIEW' where id = :id")
                .param("id", edition)
                .update();

        EditionDesk.Outcome own = desk.approve(edition, null, both);
        assertThat(own.done()).isFalse();
        assertThat(own.problems()).containsExactly(REFUSED);

        EditionDesk.Outcome second = desk.approve(edition, null, other);
        assertThat(second.problems()).doesNotContain(REFUSED).contains("Add at least one article to the edition");
    }
}
