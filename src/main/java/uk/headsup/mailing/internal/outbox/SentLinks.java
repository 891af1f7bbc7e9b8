package uk.headsup.mailing.internal.outbox;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.internal.transport.DevelopmentOutbox;
import uk.headsup.mailing.internal.transport.Transport;

/**
 * Whether a message keeps its links once it has gone. A sign-in link, an invitation or a password link in a stored
 * message would undo the hashing of their tokens: once a message is sent (or has failed for good), every link that
 * carries a token ({@code token=...}, an emailed preferences or evaluation link, a calendar feed) is masked in its
 * stored HTML and text. Only the development outbox of the embedded demo default keeps them, so that a newcomer can
 * open a sign-in link at {@code /dev/outbox}: no SMTP server, no {@code spring.datasource.url}, the demo not turned
 * off and not the production profile.
 */
@Component
class SentLinks {

    /** A tokened link's token, after what it starts with (group 1). Tokens are 16 or more URL-safe characters. */
    static final String TOKENED = "(token=|/email/preferences/|/events/evaluations/|/events/feeds/)[A-Za-z0-9_-]{16,}";

    static final String MASK = "(removed-once-sent)";

    private final boolean keep;

    SentLinks(Transport transport, Environment environment) {
        this.keep = keeps(transport instanceof DevelopmentOutbox, environment);
    }

    static boolean keeps(boolean developmentOutbox, Environment environment) {
        return developmentOutbox
                && environment.getProperty("spring.datasource.url", "").isBlank()
                && environment.getProperty("headsup.demo", Boolean.class, true)
                && !environment.acceptsProfiles(Profiles.of("production"));
    }

    /** Whether sent messages keep their tokened links (the development outbox of the embedded demo only). */
    boolean keep() {
        return keep;
    }
}
