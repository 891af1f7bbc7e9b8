package uk.headsup.mailing.internal.mailshots.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.MailshotProgress;
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.mailing.Notice;
import uk.headsup.mailing.Recipients;
import uk.headsup.mailing.internal.mailshots.MailshotDesk;
import uk.headsup.mailing.internal.mailshots.ReachReports;
import uk.headsup.platform.format.CsvWriter;

/**
 * The reach report: which schools had nobody open an article, as a page and as CSV, and a reminder to exactly the
 * people who received it there.
 */
@Controller
@RequestMapping("/mailing/{id}/reach")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class ReachController {

    private final MailshotDesk desk;
    private final ReachReports reports;
    private final ReminderFormValidator validator;

    ReachController(MailshotDesk desk, ReachReports reports, ReminderFormValidator validator) {
        this.desk = desk;
        this.reports = reports;
        this.validator = validator;
    }

    @GetMapping
    String report(@PathVariable long id, Model model) {
        model.addAttribute("mailshot", mailshot(id));
        model.addAttribute("tags", reports.report(id));
        return "mailing/reach";
    }

    @GetMapping("/article")
    String article(@PathVariable long id, @RequestParam String tag, Model model, Authentication user) {
        model.addAttribute("mailshot", mailshot(id));
        model.addAttribute("reach", reach(id, tag));
        model.addAttribute("canRemind", MailshotsController.has(user, MailshotsController.STEERING_ROLES));
        return "mailing/reach-article";
    }

    @GetMapping(value = "/article.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long id, @RequestParam String tag) {
        ReachReports.TagReach reach = reach(id, tag);
        String csv = CsvWriter.table(
                List.of("Organisation ID", "School or setting", "People who received it", "Opened by anyone"),
                reach.schools().stream()
                        .map(s -> List.of(s.organisationId(), s.name(), s.recipients(), s.reached() ? "yes" : "no"))
                        .toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("reach-" + id + "-" + tag.replaceAll("[^A-Za-z0-9-]", "-") + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    @GetMapping("/remind")
    @PreAuthorize(MailshotsController.STEERS)
    String reminder(@PathVariable long id, @RequestParam String tag, Model model) {
        MailshotProgress mailshot = mailshot(id);
        ReachReports.TagReach reach = reach(id, tag);
        model.addAttribute(
                "form",
                new ReminderForm(
                        UUID.randomUUID().toString(),
                        "Reminder: " + reach.tag().label(),
                        "Nobody at your school has opened \u201c" + reach.tag().label() + "\u201d from "
                                + mailshot.title() + " yet.\n\nIt may need you to act."));
        return reminderPage(id, tag, mailshot, reach, model);
    }

    @PostMapping("/remind")
    @PreAuthorize(MailshotsController.STEERS)
    String remind(
            @PathVariable long id,
            @RequestParam String tag,
            @ModelAttribute("form") ReminderForm form,
            BindingResult errors,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        MailshotProgress mailshot = mailshot(id);
        ReachReports.TagReach reach = reach(id, tag);
        if (!validator.check(form, errors)) {
            return reminderPage(id, tag, mailshot, reach, model);
        }
        Set<Long> schools = reach.unreached().stream()
                .map(ReachReports.School::organisationId)
                .collect(Collectors.toSet());
        List<Addressee> people = reports.receivedAt(id, tag, schools);
        String key = "reminder:" + id + ":" + tag + ":" + form.token();
        MailshotStarted started = desk.startNotice(
                key,
                form.subject(),
                new Notice(
                        form.subject(),
                        form.body(),
                        "Read " + reach.tag().label(),
                        reach.tag().url(),
                        tag),
                desk.topic(id),
                Recipients.listed(people),
                user.getName());
        redirect.addFlashAttribute(
                "success",
                "The reminder is on its way to " + started.queued() + " people at " + schools.size()
                        + " schools and settings.");
        return "redirect:" + desk.progressPath(started.mailshotId());
    }

    private String reminderPage(
            long id, String tag, MailshotProgress mailshot, ReachReports.TagReach reach, Model model) {
        model.addAttribute("mailshot", mailshot);
        model.addAttribute("reach", reach);
        model.addAttribute(
                "people",
                reports.receivedAt(
                                id,
                                tag,
                                reach.unreached().stream()
                                        .map(ReachReports.School::organisationId)
                                        .collect(Collectors.toSet()))
                        .size());
        return "mailing/reach-remind";
    }

    private MailshotProgress mailshot(long id) {
        return desk.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ReachReports.TagReach reach(long id, String tag) {
        return reports.report(id, tag).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
