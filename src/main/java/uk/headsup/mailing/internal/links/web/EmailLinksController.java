package uk.headsup.mailing.internal.links.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.mailing.internal.links.EmailLinks;
import uk.headsup.mailing.internal.links.LinkSigner;
import uk.headsup.mailing.internal.preferences.Topics;
import uk.headsup.mailing.internal.preferences.web.PreferenceChoices;

/**
 * Where the links in emails lead, without signing in: tracked clicks, the open pixel, one-click unsubscribe and the
 * preference centre. Every link is signed; a tampered one is refused.
 */
@Controller
@RequestMapping("/email")
class EmailLinksController {

    /** The kind of the email that sends a new preferences link; at most three an hour go to one address. */
    private static final String PREFERENCE_LINK = "preference-link";

    private static final byte[] PIXEL =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final EmailLinks links;
    private final Topics topics;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final PreferenceChoices choices;
    private final NewLinkFormValidator validator;

    EmailLinksController(
            EmailLinks links,
            Topics topics,
            JdbcClient jdbc,
            Mailer mailer,
            PreferenceChoices choices,
            NewLinkFormValidator validator) {
        this.choices = choices;
        this.validator = validator;
        this.links = links;
        this.topics = topics;
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    /** A tracked link: counted, then on to the address it was signed for, and only that one. */
    @GetMapping("/click/{id}/{signature}")
    @Transactional
    Object click(
            @PathVariable long id,
            @PathVariable String signature,
            @RequestParam(name = "t", required = false) String tag,
            @RequestParam(name = "u", required = false) String url,
            HttpServletResponse response) {
        if (!links.genuineClick(id, signature, tag, url)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "mailing/link-problem";
        }
        int updated = jdbc.sql("update outbox_messages set clicked_at = coalesce(clicked_at, now()) where id = :id")
                .param("id", id)
                .update();
        if (updated == 1) {
            jdbc.sql("""
                            insert into mailing_clicks (message_id, tag) values (:id, :tag)
                            on conflict (message_id, tag) do update set clicks = mailing_clicks.clicks + 1, last_at = now()
                            """).param("id", id).param("tag", tag).update();
        }
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(url))
                .cacheControl(CacheControl.noStore())
                .build();
    }

    @GetMapping("/open/{id}/{signature}.gif")
    @Transactional
    ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable String signature) {
        if (links.genuineOpen(id, signature)) {
            jdbc.sql("update outbox_messages set opened_at = now() where id = :id and opened_at is null")
                    .param("id", id)
                    .update();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_GIF)
                .cacheControl(CacheControl.noStore())
                .body(PIXEL);
    }

    record Unsubscribing(String email, String topic, String topicName) {}

    /** The page behind the unsubscribe link: nothing changes until the button is pressed (mail scanners follow links). */
    @GetMapping("/unsubscribe/{id}/{signature}")
    String unsubscribePage(
            @PathVariable long id, @PathVariable String signature, Model model, HttpServletResponse response) {
        Unsubscribing u = unsubscribing(id, signature);
        if (u == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "mailing/link-problem";
        }
        model.addAttribute("unsubscribing", u);
        return "mailing/unsubscribe";
    }

    /**
     * Unsubscribes from the message's topic: by the button on the page, or by a mail client's RFC 8058 one-click POST
     * (body {@code List-Unsubscribe=One-Click}), which gets a short 200 answer. Every message not yet sent is spared.
     */
    @PostMapping("/unsubscribe/{id}/{signature}")
    @Transactional
    Object unsubscribe(
            @PathVariable long id,
            @PathVariable String signature,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            Model model,
            HttpServletResponse response) {
        Unsubscribing u = unsubscribing(id, signature);
        if (u == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "mailing/link-problem";
        }
        topics.turnOff(u.email(), u.topic());
        if ("One-Click".equals(oneClick)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed from " + u.topicName());
        }
        model.addAttribute("unsubscribing", u);
        model.addAttribute("preferences", links.preferencesLink(u.email()));
        return "mailing/unsubscribed";
    }

    private Unsubscribing unsubscribing(long id, String signature) {
        if (!links.genuineUnsubscribe(id, signature)) {
            return null;
        }
        return jdbc.sql("""
                        select m.recipient, s.topic, coalesce(t.name, s.topic) from outbox_messages m
                          join mailshots s on s.id = m.mailshot_id left join mailing_topics t on t.key = s.topic
                         where m.id = :id and s.topic is not null
                        """)
                .param("id", id)
                .query((rs, n) -> new Unsubscribing(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElse(null);
    }

    @GetMapping("/preferences/{token}")
    String preferences(
            @PathVariable String token,
            @RequestParam(required = false) String saved,
            Model model,
            HttpServletResponse response) {
        String email = links.preferenceEmail(token).orElse(null);
        if (email == null) {
            return refused(model, response);
        }
        return choices.page(model, email, saved != null, null);
    }

    @PostMapping("/preferences/{token}")
    String savePreferences(
            @PathVariable String token,
            @ModelAttribute("form") PreferenceChoices.PreferencesForm form,
            Model model,
            HttpServletResponse response) {
        String email = links.preferenceEmail(token).orElse(null);
        if (email == null) {
            return refused(model, response);
        }
        choices.save(email, form);
        return "redirect:/email/preferences/" + token + "?saved";
    }

    private String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("form", NewLinkForm.blank());
        model.addAttribute("refused", true);
        return "mailing/preferences-new";
    }

    @GetMapping("/preferences/new")
    String newLink(Model model) {
        model.addAttribute("form", NewLinkForm.blank());
        return "mailing/preferences-new";
    }

    /**
     * Sends a fresh preference link to an address Heads Up has written to, at most three an hour; says the same
     * whatever the address, so nobody learns who is on the list.
     */
    @PostMapping("/preferences/new")
    @Transactional
    String sendNewLink(@ModelAttribute("form") NewLinkForm form, BindingResult errors, Model model) {
        String email = validator.check(form, errors);
        if (email == null) {
            return "mailing/preferences-new";
        }
        boolean known = jdbc.sql("select exists (select 1 from outbox_messages where lower(recipient) = lower(:e))")
                .param("e", email)
                .query(Boolean.class)
                .single();
        int recent = jdbc.sql("""
                        select count(*) from outbox_messages where lower(recipient) = lower(:e) and kind = :kind
                           and created_at > now() - interval '1 hour'
                        """)
                .param("e", email)
                .param("kind", PREFERENCE_LINK)
                .query(Integer.class)
                .single();
        if (known && recent < 3) {
            mailer.send(new Email(
                    PREFERENCE_LINK,
                    email,
                    "Choose which emails you get",
                    "mailing/email/preference-link",
                    Map.of("link", links.preferencesLink(email), "days", LinkSigner.PREFERENCE_LINKS_LAST.toDays())));
        }
        model.addAttribute("email", email);
        return "mailing/preferences-sent";
    }
}
