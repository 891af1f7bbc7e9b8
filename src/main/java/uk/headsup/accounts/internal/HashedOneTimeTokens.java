package uk.headsup.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in link tokens: 256 random bits, of which only a SHA-256 hash is stored, so a copy of the database
 * cannot be used to sign in. A token works once (consuming deletes it) and only until it expires.
 */
@Component
public class HashedOneTimeTokens implements OneTimeTokenService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    HashedOneTimeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(request.getExpiresIn());
        jdbc.sql("delete from sign_in_tokens where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("insert into sign_in_tokens (token_hash, email, expires_at) values (:hash, :email, :expires)")
                .param("hash", hash(token))
                .param("email", request.getUsername())
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
    }

    @Override
    @Transactional
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String token = authenticationToken.getTokenValue();
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        record Stored(String email, Instant expiresAt) {}
        return jdbc.sql("delete from sign_in_tokens where token_hash = :hash returning email, expires_at")
                .param("hash", hash(token))
                .query((rs, n) -> new Stored(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .filter(stored -> stored.expiresAt().isAfter(clock.instant()))
                .map(stored -> (OneTimeToken) new DefaultOneTimeToken(token, stored.email(), stored.expiresAt()))
                .orElse(null);
    }

    /** Whether the token would still sign someone in, without spending it, so a spent link can say so at once. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from sign_in_tokens where token_hash = :hash and expires_at > :now)")
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    public static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
