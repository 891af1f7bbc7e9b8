package uk.headsup.mailing.internal.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.MailshotLinks;
import uk.headsup.mailing.UntrackedLinks;
import uk.headsup.mailing.internal.MailingSettings;
import uk.headsup.platform.Site;

/** Makes and checks the signed links of one message: tracked clicks, the open pixel, unsubscribe, preferences. */
@Component
public class EmailLinks {

    static final String CLICK = "/email/click/";
    static final String OPEN = "/email/open/";
    static final String UNSUBSCRIBE = "/email/unsubscribe/";
    static final String PREFERENCES = "/email/preferences/";

    private final LinkSigner signer;
    private final Site site;
    private final MailingSettings settings;
    private final ObjectProvider<UntrackedLinks> untracked;

    EmailLinks(LinkSigner signer, Site site, MailingSettings settings, ObjectProvider<UntrackedLinks> untracked) {
        this.signer = signer;
        this.site = site;
        this.settings = settings;
        this.untracked = untracked;
    }

    /** Declared by a module as never to be tracked per person (see {@link UntrackedLinks}). */
    public boolean untracked(String url) {
        return url != null && untracked.orderedStream().anyMatch(u -> u.untracked(url));
    }

    public MessageLinks forMessage(long messageId, String email, boolean essential) {
        return new MessageLinks(messageId, email, essential);
    }

    /** One message's links; remembers the tags of the tracked links it made, and what they stand for. */
    public final class MessageLinks implements MailshotLinks {
        private final long messageId;
        private final String id;
        private final String email;
        private final boolean essential;
        /** Each tag, with its label and target ({@code label\nurl}), or null when not labelled. */
        public final Map<String, String> tags = new LinkedHashMap<>();

        MessageLinks(long messageId, String email, boolean essential) {
            this.messageId = messageId;
            this.id = Long.toString(messageId);
            this.email = email;
            this.essential = essential;
        }

        @Override
        public String track(String url, String tag) {
            if (untracked(url)) {
                return url;
            }
            tags.putIfAbsent(tag, null);
            if (!settings.trackClicks() || !isWebAddress(url)) {
                return url;
            }
            return site.link(
                    CLICK + id + "/" + signer.sign("c", id, tag, url) + "?t=" + encode(tag) + "&u=" + encode(url));
        }

        @Override
        public String track(String url, String tag, String label) {
            String link = track(url, tag);
            if (!untracked(url)) {
                tags.put(tag, label.replace('\n', ' ') + "\n" + url);
            }
            return link;
        }

        @Override
        public String preferences() {
            return preferencesLink(email);
        }

        @Override
        public Optional<String> unsubscribe() {
            return essential ? Optional.empty() : Optional.of(unsubscribeLink(messageId));
        }

        @Override
        public Optional<String> openPixel() {
            return settings.trackOpens()
                    ? Optional.of(site.link(OPEN + id + "/" + signer.sign("o", id) + ".gif"))
                    : Optional.empty();
        }
    }

    public String preferencesLink(String email) {
        return site.link(PREFERENCES + signer.preferenceToken(email));
    }

    public String unsubscribeLink(long messageId) {
        String id = Long.toString(messageId);
        return site.link(UNSUBSCRIBE + id + "/" + signer.sign("u", id));
    }

    public boolean genuineClick(long messageId, String signature, String tag, String url) {
        return tag != null
                && url != null
                && isWebAddress(url)
                && signer.verify(signature, "c", Long.toString(messageId), tag, url);
    }

    public boolean genuineOpen(long messageId, String signature) {
        return signer.verify(signature, "o", Long.toString(messageId));
    }

    public boolean genuineUnsubscribe(long messageId, String signature) {
        return signer.verify(signature, "u", Long.toString(messageId));
    }

    public Optional<String> preferenceEmail(String token) {
        return signer.preferenceEmail(token);
    }

    /** Only http and https addresses are ever redirected to. */
    static boolean isWebAddress(String url) {
        String lower = url.toLowerCase();
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
