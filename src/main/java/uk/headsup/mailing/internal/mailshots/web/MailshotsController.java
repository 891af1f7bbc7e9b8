package uk.headsup.mailing.internal.mailshots.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.internal.bounces.Bounces;
import uk.headsup.mailing.internal.mailshots.MailshotDesk;

/** Authority staff follow each send live, and pause, resume or cancel it; administrators clear bouncing addresses. */
@Controller
@RequestMapping("/mailing")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class MailshotsController {

    static final String STEERS = "hasAnyRole('ADMIN', 'PUBLISHER', 'EVENTS_OFFICER')";
    static final String[] STEERING_ROLES = {"ROLE_ADMIN", "ROLE_PUBLISHER", "ROLE_EVENTS_OFFICER"};

    private final MailshotDesk desk;
    private final Bounces bounces;

    MailshotsController(MailshotDesk desk, Bounces bounces) {
        this.desk = desk;
        this.bounces = bounces;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mailshots", desk.latest(100));
        return "mailing/mailshots";
    }

    /** What the progress page shows, also as JSON for its script to refresh it. */
    record Live(
            MailshotProgress progress,
            int percent,
            String rate,
            String timeLeft,
            String waitingFor,
            boolean finished) {}

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("live", live(id));
        model.addAttribute("canSteer", has(user, STEERING_ROLES));
        model.addAttribute("problems", desk.problems(id, 100));
        model.addAttribute("clicks", desk.clicks(id));
        return "mailing/mailshot";
    }

    @GetMapping("/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        Live live = live(id);
        MailshotProgress p = live.progress();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", p.state());
        json.put("percent", live.percent());
        json.put("rate", live.rate());
        json.put("timeLeft", live.timeLeft());
        json.put("waitingFor", live.waitingFor());
        json.put("finished", live.finished());
        json.put("queued", p.queued() + p.sending());
        json.put("sent", p.sent());
        json.put("failed", p.failed());
        json.put("bounced", p.bounced());
        json.put("suppressed", p.suppressed());
        json.put("cancelled", p.cancelled());
        json.put("opened", p.opened());
        json.put("clicked", p.clicked());
        json.put("total", p.total());
        return json;
    }

    private Live live(long id) {
        MailshotProgress p = desk.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int done = p.total() - p.queued() - p.sending();
        int percent = p.total() == 0 ? 100 : (int) Math.floor(100.0 * done / p.total());
        double perSecond = desk.pace(id).perSecond(Instant.now());
        int left = p.queued() + p.sending();
        String rate = perSecond < 0.1
                ? "–"
                : (perSecond >= 10
                                ? Long.toString(Math.round(perSecond))
                                : Double.toString(Math.round(perSecond * 10) / 10.0))
                        + " a second";
        String waitingFor =
                left == 0 || !p.isSending() ? "–" : desk.waitingFor(id).orElse("–");
        String timeLeft;
        if (left == 0) {
            timeLeft = "none";
        } else if (p.isPaused()) {
            timeLeft = "paused";
        } else if (perSecond == 0 || !"–".equals(waitingFor)) {
            timeLeft = "not known yet";
        } else {
            timeLeft = words(Duration.ofSeconds((long) Math.ceil(left / perSecond)));
        }
        return new Live(p, percent, rate, timeLeft, waitingFor, p.finished() || p.isCancelled());
    }

    static boolean has(Authentication user, String... authorities) {
        Set<String> wanted = Set.of(authorities);
        return user != null && user.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
    }

    static String words(Duration d) {
        if (d.toSeconds() < 60) {
            return d.toSeconds() + (d.toSeconds() == 1 ? " second" : " seconds");
        }
        long minutes = (d.toSeconds() + 59) / 60;
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize(STEERS)
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        if (desk.pause(id)) {
            redirect.addFlashAttribute(
                    "success", "Sending is paused. Messages already handed to the mail server still go.");
        }
        return "redirect:/mailing/" + id;
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(STEERS)
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        if (desk.resume(id)) {
            redirect.addFlashAttribute("success", "Sending has resumed.");
        }
        return "redirect:/mailing/" + id;
    }

    @GetMapping("/{id}/cancel")
    @PreAuthorize(STEERS)
    String confirmCancel(@PathVariable long id, Model model) {
        model.addAttribute("live", live(id));
        return "mailing/cancel";
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(STEERS)
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        if (desk.cancel(id)) {
            redirect.addFlashAttribute("success", "The send is cancelled. Messages not sent yet will not be.");
        }
        return "redirect:/mailing/" + id;
    }

    @GetMapping("/bouncing")
    String bouncing(Model model, Authentication user) {
        model.addAttribute("addresses", bounces.all());
        model.addAttribute("canCorrect", has(user, "ROLE_ADMIN"));
        return "mailing/bouncing";
    }

    @PostMapping("/bouncing/corrected")
    @PreAuthorize("hasRole('ADMIN')")
    String corrected(@RequestParam String email, RedirectAttributes redirect) {
        if (bounces.corrected(email)) {
            redirect.addFlashAttribute("success", email + " will be sent to again.");
        }
        return "redirect:/mailing/bouncing";
    }
}
