package uk.headsup.inclusion.internal.pupils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes pupils' records on the retention schedule (by default on the pupil's 25th birthday, see
 * {@code headsup.inclusion.retention-age}), keeping for the reports only anonymous counts of their exclusions by
 * school, type and academic year. Erasure on request goes the same way.
 */
@Service("inclusionRetention")
@Transactional
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    Retention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${headsup.inclusion.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    public void run() {
        int deleted = deleteDue(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))));
        if (deleted > 0) {
            log.info("Retention: deleted the records of {} pupils whose retention period ended", deleted);
        }
    }

    /** Deletes every pupil whose records are held until this day or earlier; how many. */
    public int deleteDue(LocalDate today) {
        List<Long> due = jdbc.sql("select id from inclusion_pupils where retain_until <= :today")
                .param("today", today)
                .query(Long.class)
                .list();
        forget(due);
        return due.size();
    }

    /** Deletes these pupils with their exclusions, placements and outcomes, keeping anonymous counts. */
    public void forget(List<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into inclusion_retained_counts (organisation_id, school_name, kind, academic_year, exclusions)
                        select e.organisation_id, p.school_name, e.kind,
                               case when extract(month from e.first_day) >= 9
                                    then extract(year from e.first_day)::int || '-' || lpad(((extract(year from e.first_day)::int + 1) % 100)::text, 2, '0')
                                    else (extract(year from e.first_day)::int - 1) || '-' || lpad((extract(year from e.first_day)::int % 100)::text, 2, '0')
                               end,
                               count(*)
                          from inclusion_exclusions e join inclusion_pupils p on p.id = e.pupil_id
                         where p.id in (:ids)
                         group by 1, 2, 3, 4
                        """).param("ids", pupilIds).update();
        jdbc.sql("delete from inclusion_pupils where id in (:ids)")
                .param("ids", pupilIds)
                .update();
    }
}
