package uk.headsup.mailing.internal.mailshots;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.headsup.mailing.MailshotContent;
import uk.headsup.mailing.MailshotLinks;
import uk.headsup.mailing.MailshotRecipient;
import uk.headsup.mailing.MailshotSlots;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.mailing.SlotTemplate;
import uk.headsup.mailing.internal.links.EmailLinks;
import uk.headsup.mailing.internal.outbox.EmailRenderer;
import uk.headsup.platform.Caches;

/** Mailing's own content: a {@link uk.headsup.mailing.Notice}, rendered once per mailshot and filled in per recipient. */
@Component
class NoticeContent implements MailshotContent {

    static final String NAME = "mailing.notice";

    private final JdbcClient jdbc;
    private final EmailRenderer renderer;
    /**
     * Rendered once per notice mailshot (with or without the open pixel) while its messages go out; notices being
     * sent at once are few.
     */
    private final Cache<Key, Rendered> cache;

    private final EmailLinks emailLinks;

    NoticeContent(JdbcClient jdbc, EmailRenderer renderer, EmailLinks emailLinks, Caches caches) {
        this.emailLinks = emailLinks;
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.cache = caches.idle("mailing.notices", 200, Duration.ofHours(1));
    }

    record Notice(
            String subject,
            List<String> paragraphs,
            String actionText,
            String actionUrl,
            String actionTag,
            String topicName) {}

    private record Rendered(Notice notice, SlotTemplate html, SlotTemplate text) {}

    /** A notice mailshot, and whether its messages may carry the open pixel. */
    private record Key(String mailshot, boolean opensTracked) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RenderedEmail render(String key, MailshotRecipient recipient, MailshotLinks links) {
        Rendered rendered = cache.get(new Key(key, links.openPixel().isPresent()), this::renderOnce);
        Notice notice = rendered.notice();
        MailshotSlots slots = MailshotSlots.of(recipient.name(), links)
                .put(
                        "ACTION",
                        notice.actionUrl() == null
                                ? ""
                                : links.track(notice.actionUrl(), tag(notice), notice.actionText()));
        return slots.fill(notice.subject(), rendered.html(), rendered.text());
    }

    private static String tag(Notice notice) {
        return notice.actionTag() == null ? "action" : notice.actionTag();
    }

    private Rendered renderOnce(Key key) {
        Notice notice = jdbc.sql("""
                        select n.subject, n.body, n.action_text, n.action_url, n.action_tag,
                               (select t.name from mailing_topics t where t.key = s.topic)
                          from mailshots s join mailshot_notices n on n.mailshot_id = s.id where s.key = :key
                        """)
                .param("key", key.mailshot())
                .query((rs, n) -> new Notice(
                        rs.getString(1),
                        Arrays.stream(rs.getString(2).split("\\R\\s*\\R"))
                                .map(String::strip)
                                .filter(p -> !p.isEmpty())
                                .toList(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No notice for mailshot " + key.mailshot()));
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        // a notice about pages nobody may be seen to read carries no open pixel either
        model.put("pixel", key.opensTracked() && !emailLinks.untracked(notice.actionUrl()));
        for (String slot : List.of("NAME", "ACTION", "PREFERENCES", "UNSUBSCRIBE", "PIXEL")) {
            model.put("slot" + slot, SlotTemplate.slot(slot));
        }
        RenderedEmail parts = renderer.render("mailing/email/notice", notice.subject(), model);
        return new Rendered(notice, new SlotTemplate(parts.html()), new SlotTemplate(parts.text()));
    }
}
