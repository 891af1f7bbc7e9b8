package uk.headsup.accounts.internal.signin;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.internal.HashedOneTimeTokens;

/**
 * Limits sign-in link requests per address and per client over a sliding window. Counted in the database,
 * so the limit holds across application nodes.
 */
@Component
class SignInRateLimit {

    enum Verdict {
        SEND,
        ADDRESS_LIMITED,
        CLIENT_LIMITED
    }

    private final JdbcClient jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    SignInRateLimit(JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    Verdict request(String email, String client) {
        Timestamp windowStart = Timestamp.from(clock.instant().minus(settings.rateWindow()));
        jdbc.sql("delete from sign_in_link_requests where requested_at < :start")
                .param("start", windowStart)
                .update();
        String addressHash = HashedOneTimeTokens.hash(email.trim().toLowerCase());
        int byClient = count("client = :key", client, windowStart);
        if (byClient >= settings.linksPerClientPerWindow()) {
            return Verdict.CLIENT_LIMITED;
        }
        // Only links sent count for the address: the owner always has the latest of them in their inbox, and
        // requests refused meanwhile (anyone's) do not push the window on and keep them out for good.
        int byAddress = count("address_hash = :key and sent", addressHash, windowStart);
        Verdict verdict = byAddress >= settings.linksPerAddressPerWindow() ? Verdict.ADDRESS_LIMITED : Verdict.SEND;
        jdbc.sql("insert into sign_in_link_requests (address_hash, client, requested_at, sent)"
                        + " values (:a, :c, :at, :sent)")
                .param("a", addressHash)
                .param("c", client)
                .param("at", Timestamp.from(clock.instant()))
                .param("sent", verdict == Verdict.SEND)
                .update();
        return verdict;
    }

    private int count(String condition, String key, Timestamp windowStart) {
        return jdbc.sql("select count(*) from sign_in_link_requests where " + condition + " and requested_at >= :start")
                .param("key", key)
                .param("start", windowStart)
                .query(Integer.class)
                .single();
    }
}
