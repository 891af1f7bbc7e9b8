package uk.headsup.events.internal.bookings;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventBookings;
import uk.headsup.events.EventType;
import uk.headsup.events.TrainingAttended;
import uk.headsup.platform.UkTime;

@Service
@Transactional(readOnly = true)
class JdbcEventBookings implements EventBookings {

    private final JdbcClient jdbc;

    JdbcEventBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> bookedBy(String email, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct event_id from event_places
                         where lower(attendee_email) = lower(:email) and event_id in (:events)
                           and status in\s""" + PlaceStatus.LIVE_IN_SQL)
                .param("email", email)
                .param("events", eventIds)
                .query(Long.class)
                .list());
    }

    @Override
    public List<TrainingAttended> trainingAttendedAt(long organisationId) {
        return jdbc.sql("""
                        select e.id, e.title, e.ends_at, p.person_id, p.attendee_name, p.attendee_email,
                               p.certificate_sent_at is not null
                          from event_places p join events e on e.id = p.event_id
                         where p.organisation_id = :org and p.attendance = :attended and e.type = :training
                           and e.cancelled_at is null
                         order by e.ends_at desc, p.attendee_name
                        """)
                .param("attended", Attendance.ATTENDED.name())
                .param("training", EventType.TRAINING.name())
                .param("org", organisationId)
                .param("attended", Attendance.ATTENDED.name())
                .query((rs, n) -> new TrainingAttended(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant().atZone(UkTime.UK).toLocalDate(),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }
}
