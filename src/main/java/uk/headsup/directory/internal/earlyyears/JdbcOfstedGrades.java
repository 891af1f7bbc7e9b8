package uk.headsup.directory.internal.earlyyears;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedGradeChanged;
import uk.headsup.directory.OfstedGrades;
import uk.headsup.directory.OfstedInspection;

@Service
@Transactional(readOnly = true)
class JdbcOfstedGrades implements OfstedGrades {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcOfstedGrades(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<OfstedInspection> latest(long organisationId) {
        return jdbc.sql("""
                        select ofsted_grade, ofsted_inspected_on from organisations
                         where id = :id and ofsted_grade is not null
                        """)
                .param("id", organisationId)
                .query((rs, n) ->
                        new OfstedInspection(OfstedGrade.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    @Override
    @Transactional
    public void record(long organisationId, OfstedInspection inspection) {
        Optional<OfstedInspection> before = latest(organisationId);
        String name = jdbc.sql("select name from organisations where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .single();
        jdbc.sql("update organisations set ofsted_grade = :grade, ofsted_inspected_on = :on where id = :id")
                .param("grade", inspection.grade().name())
                .param("on", inspection.inspectedOn())
                .param("id", organisationId)
                .update();
        OfstedGrade previous = before.map(OfstedInspection::grade).orElse(null);
        jdbc.sql("""
                        insert into organisation_changes (organisation_id, changed_on, field, old_value, new_value)
                        values (:id, current_date, 'ofsted_grade', :old, :new)
                        """)
                .param("id", organisationId)
                .param("old", previous == null ? null : previous.label())
                .param("new", inspection.grade().label())
                .update();
        if (previous != inspection.grade()) {
            events.publishEvent(new OfstedGradeChanged(organisationId, name, previous, inspection));
        }
    }
}
