package uk.headsup.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.headsup.support.HeadsUpIntegrationTest;

/**
 * Issue 20, item 4: someone asking for a link for a head's address every few minutes must not keep the head out. Only
 * links sent count towards the address's limit, so refused requests do not push its window on: a quarter of an hour
 * after the fifth link the owner gets a link again, however many requests were refused meanwhile.
 */
@HeadsUpIntegrationTest
class LinkLimitOwnerIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInSettings settings;

    @Test
    void refusedRequestsDoNotKeepTheOwnerOut() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        SignInRateLimit limit = new SignInRateLimit(jdbc, settings, clock);
        String head = "head-" + UUID.randomUUID() + "@school.example";
        for (int i = 0; i < settings.linksPerAddressPerWindow(); i++) {
            assertThat(limit.request(head, "198.51.100.80")).isEqualTo(SignInRateLimit.Verdict.SEND);
        }
        // A third party asks every three minutes, from different clients: refused each time.
        for (int i = 1; i <= 5; i++) {
            now.set(now.get().plus(Duration.ofMinutes(3)));
            assertThat(limit.request(head, "198.51.100." + (90 + i)))
                    .isEqualTo(SignInRateLimit.Verdict.ADDRESS_LIMITED);
        }
        // A window after the five links (the refused requests meanwhile would be five in it), the owner is sent one.
        assertThat(settings.rateWindow()).isEqualTo(Duration.ofMinutes(15));
        now.set(now.get().plusSeconds(1));
        assertThat(limit.request(head, "198.51.100.99")).isEqualTo(SignInRateLimit.Verdict.SEND);
    }
}
