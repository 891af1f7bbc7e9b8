package uk.headsup.events.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.events.EventBookings;

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
                           and status in ('CONFIRMED', 'OFFERED', 'WAITING')
                        """)
                .param("email", email)
                .param("events", eventIds)
                .query(Long.class)
                .list());
    }
}
