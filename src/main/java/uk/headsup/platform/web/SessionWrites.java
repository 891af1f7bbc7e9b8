package uk.headsup.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Reading a page does not write the session. Spring Session stamps the session's last access on every request, an
 * UPDATE (and a commit that waits for the disk) per page, on one row that a user's concurrent requests then queue
 * for. Sessions last eight hours, so the stamp is written only when it has moved by a minute or more, or when
 * anything else about the session (its id, timeout or user) changed; otherwise the UPDATE matches no row and the
 * transaction writes nothing. Attributes are written as before, when they change.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    /** How far the stored last access may lag behind the real one; sessions may so end up to this much early. */
    static final long STAMP_EVERY_MILLIS = 60_000;

    /*
     * The parameters are bound in Spring Session's order (session id, last access, timeout, expiry, principal,
     * primary id); the derived table names them so that the WHERE clause can compare them with what is stored.
     */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                         CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                         CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= STAMP_EVERY)
            """.replace("STAMP_EVERY", Long.toString(STAMP_EVERY_MILLIS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWritesOnlyWhenChanged() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
