package uk.headsup.inclusion.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.inclusion.SchoolDays.Kind;
import uk.headsup.inclusion.SchoolDays.Period;
import uk.headsup.support.HeadsUpIntegrationTest;

/** The school days in memory: new at once after a change on this node, and in a bounded cache that expires. */
@HeadsUpIntegrationTest
class TermDatesIT {

    private static final String YEAR = "2090-91";
    private static final LocalDate IN_TERM = LocalDate.of(2090, 10, 2);

    @Autowired
    TermDates termDates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aChangeOnThisNodeIsSeenAtOnceAndOtherNodesChangesOnceTheCacheExpires() {
        termDates.removeYear(YEAR);
        assertThat(termDates.schoolDays().known(IN_TERM)).isFalse();

        termDates.add(new Period(YEAR, Kind.TERM, "Autumn term", LocalDate.of(2090, 9, 4), LocalDate.of(2090, 12, 20)));
        assertThat(termDates.schoolDays().known(IN_TERM))
                .as("added here: seen at once")
                .isTrue();

        // Another node removes the year: this one keeps its dates until they expire, then reads them again.
        jdbc.sql("delete from inclusion_term_dates where academic_year = :y")
                .param("y", YEAR)
                .update();
        assertThat(termDates.schoolDays().known(IN_TERM)).isTrue();
        assertThat(TermDates.FRESH_FOR).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(meters.find("cache.gets")
                        .tag("cache", "inclusion.school-days")
                        .meters())
                .as("a platform cache, with its metrics")
                .isNotEmpty();

        termDates.removeYear(YEAR);
        assertThat(termDates.schoolDays().known(IN_TERM)).isFalse();
    }
}
