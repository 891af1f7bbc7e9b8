package uk.headsup.wellbeing.internal.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The confidential requests. Only {@link RequestDesk} reads them, for the coordinator or the person who asked. */
@Repository
class SupportRequests {

    private static final String REQUEST = """
            select r.id, r.offer_id, o.title, r.requester_email, r.requester_name, r.organisation_name, r.note,
                   r.contact_by, r.contact_phone, r.status, r.supporter, r.sessions_planned, r.sessions_used,
                   r.requested_at, r.acknowledged_at, r.matched_at, r.ended_at
              from wellbeing_requests r join wellbeing_offers o on o.id = r.offer_id""";

    private final JdbcClient jdbc;

    SupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(
            long offerId,
            String email,
            String name,
            String organisation,
            String note,
            ContactBy contactBy,
            String phone,
            RequestStatus status) {
        return jdbc.sql("""
                        insert into wellbeing_requests (offer_id, requester_email, requester_name, organisation_name,
                            note, contact_by, contact_phone, status)
                        values (:offer, :email, :name, :organisation, :note, :contactBy, :phone, :status)
                        returning id
                        """)
                .param("status", status.name())
                .param("offer", offerId)
                .param("email", email)
                .param("name", name)
                .param("organisation", organisation)
                .param("note", note)
                .param("contactBy", contactBy.name())
                .param("phone", phone)
                .query(Long.class)
                .single();
    }

    /**
     * How many of the offer's places requests hold (received, acknowledged or matched), with the offer's row locked
     * until the transaction ends, so that two requests at once never both take the last place.
     */
    int placesTaken(long offerId) {
        jdbc.sql("select id from wellbeing_offers where id = :offer for update")
                .param("offer", offerId)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        select count(*) from wellbeing_requests
                         where offer_id = :offer and status in (:taking)
                        """)
                .param("offer", offerId)
                .param("taking", RequestStatus.namesWhere(RequestStatus::takesAPlace))
                .query(Integer.class)
                .single();
    }

    /** The request, locked for a change in this transaction. */
    Optional<SupportRequest> find(long id, boolean forUpdate) {
        return jdbc.sql(REQUEST + " where r.id = :id" + (forUpdate ? " for update of r" : ""))
                .param("id", id)
                .query(SupportRequests::request)
                .optional();
    }

    List<SupportRequest> askedBy(String email) {
        return jdbc.sql(REQUEST + " where lower(r.requester_email) = lower(:email) order by r.requested_at desc")
                .param("email", email.strip())
                .query(SupportRequests::request)
                .list();
    }

    /** Open requests first, oldest first; then ended ones, latest first. */
    List<SupportRequest> all() {
        return jdbc.sql(REQUEST + """
                         order by r.ended_at is not null, case when r.ended_at is null then r.requested_at end,
                                  r.ended_at desc
                        """).query(SupportRequests::request).list();
    }

    void save(SupportRequest r) {
        jdbc.sql("""
                        update wellbeing_requests
                           set status = :status, supporter = :supporter, sessions_planned = :planned,
                               sessions_used = :used, acknowledged_at = :acknowledged, matched_at = :matched,
                               ended_at = :ended
                         where id = :id
                        """)
                .param("id", r.id())
                .param("status", r.status().name())
                .param("supporter", r.supporter())
                .param("planned", r.sessionsPlanned())
                .param("used", r.sessionsUsed())
                .param("acknowledged", timestamp(r.acknowledgedAt()))
                .param("matched", timestamp(r.matchedAt()))
                .param("ended", timestamp(r.endedAt()))
                .update();
    }

    /** Deletes requests that ended before that moment, content and identity; returns how many. */
    int deleteEndedBefore(Instant cutoff) {
        return jdbc.sql("delete from wellbeing_requests where ended_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static SupportRequest request(ResultSet rs, int n) throws SQLException {
        return new SupportRequest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                ContactBy.valueOf(rs.getString(8)),
                rs.getString(9),
                RequestStatus.valueOf(rs.getString(10)),
                rs.getString(11),
                (Integer) rs.getObject(12),
                rs.getInt(13),
                instant(rs, 14),
                instant(rs, 15),
                instant(rs, 16),
                instant(rs, 17));
    }
}
