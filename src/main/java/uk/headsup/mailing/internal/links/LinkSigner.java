package uk.headsup.mailing.internal.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the links in emails (HMAC-SHA256, 128 bits kept) with a key every node shares: made at random by the first
 * node to start and kept in {@code mailing_signing_keys}. A link cannot be made or altered without it.
 */
@Component
public class LinkSigner {

    public static final Duration PREFERENCE_LINKS_LAST = Duration.ofDays(90);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    LinkSigner(JdbcClient jdbc, TransactionTemplate transaction) {
        this(loadOrCreate(jdbc, transaction), Clock.systemUTC());
    }

    LinkSigner(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    private static byte[] loadOrCreate(JdbcClient jdbc, TransactionTemplate transaction) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return transaction.execute(tx -> {
            jdbc.sql("insert into mailing_signing_keys (id, secret) values (1, :s) on conflict (id) do nothing")
                    .param("s", fresh)
                    .update();
            return jdbc.sql("select secret from mailing_signing_keys where id = 1")
                    .query(byte[].class)
                    .single();
        });
    }

    /** The signature of a link's parts, as 22 URL-safe characters. */
    String sign(String... parts) {
        Mac mac = macs.get();
        for (String part : parts) {
            mac.update(part.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
        }
        return BASE64.encodeToString(Arrays.copyOf(mac.doFinal(), 16));
    }

    boolean verify(String signature, String... parts) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(parts).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A token naming an email address, good for {@link #PREFERENCE_LINKS_LAST}. */
    String preferenceToken(String email) {
        long expires = Instant.now(clock).plus(PREFERENCE_LINKS_LAST).getEpochSecond();
        String payload = BASE64.encodeToString((email.toLowerCase() + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign("p", payload);
    }

    /** The address a preference token names, if it is genuine and has not expired. */
    Optional<String> preferenceEmail(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0 || !verify(token.substring(dot + 1), "p", token.substring(0, dot))) {
            return Optional.empty();
        }
        try {
            String[] fields = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8).split("\n");
            if (fields.length != 2 || Instant.now(clock).getEpochSecond() > Long.parseLong(fields[1])) {
                return Optional.empty();
            }
            return Optional.of(fields[0]);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
