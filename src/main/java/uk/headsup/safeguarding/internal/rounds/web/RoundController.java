package uk.headsup.safeguarding.internal.rounds.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import uk.headsup.mailing.MailshotStarted;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.CsvWriter;
import uk.headsup.platform.format.Pdf;
import uk.headsup.safeguarding.internal.analysis.Analysis;
import uk.headsup.safeguarding.internal.rounds.ReturnState;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/** The safeguarding officer's pages: rounds, every organisation's state, chasing, and the county analysis. */
@Controller
@RequestMapping("/safeguarding/rounds")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class RoundController {

    private final Rounds rounds;
    private final RoundDesk desk;
    private final Analysis analysis;
    private final Pdf pdf;
    private final Clock clock;
    private final RoundFormValidator validator;

    RoundController(
            Rounds rounds, RoundDesk desk, Analysis analysis, Pdf pdf, Clock clock, RoundFormValidator validator) {
        this.validator = validator;
        this.rounds = rounds;
        this.desk = desk;
        this.analysis = analysis;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.rounds());
        return "safeguarding/rounds";
    }

    /** Opening a round: {@link RoundForm}, checked by {@link RoundFormValidator}. */
    @GetMapping("/new")
    String newRound(Model model) {
        model.addAttribute(
                "form",
                RoundForm.forYear(LocalDate.now(clock.withZone(UkTime.UK)).getYear()));
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("versions", desk.versions());
        return "safeguarding/round-new";
    }

    @PostMapping
    String open(
            @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        RoundFormValidator.Opening opening = validator.check(form, errors);
        if (opening == null) {
            return newPage(model);
        }
        long id = desk.open(
                opening.title(),
                opening.versionId(),
                opening.firstDeadline(),
                opening.finalDeadline(),
                opening.earlyYears(),
                user.getName());
        redirect.addFlashAttribute("saved", "Round opened: the invitation is on its way to every DSL and headteacher");
        return "redirect:/safeguarding/rounds/" + id;
    }

    @GetMapping("/{id}")
    String round(
            @PathVariable long id,
            @RequestParam(required = false) ReturnState state,
            @ModelAttribute Analysis.Filter filter,
            Model model) {
        Round round = round(id);
        List<RoundDesk.Row> all = desk.rows(round);
        List<RoundDesk.Row> rows =
                all.stream().filter(r -> filter.keeps(r.auditReturn())).toList();
        Map<ReturnState, Long> counts = new EnumMap<>(ReturnState.class);
        for (ReturnState s : ReturnState.values()) {
            counts.put(s, rows.stream().filter(r -> r.state() == s).count());
        }
        model.addAttribute("round", round);
        model.addAttribute("counts", counts);
        model.addAttribute("total", rows.size());
        model.addAttribute("filter", filter);
        model.addAttribute(
                "options",
                Analysis.Options.of(all.stream().map(RoundDesk.Row::auditReturn).toList()));
        // The reminder goes to every organisation yet to return, whatever the filter.
        model.addAttribute(
                "outstanding", all.stream().filter(r -> r.state().outstanding()).count());
        model.addAttribute(
                "rows",
                state == null
                        ? rows
                        : rows.stream().filter(r -> r.state() == state).toList());
        model.addAttribute("chosen", state);
        return "safeguarding/round";
    }

    @PostMapping("/{id}/chase")
    String chase(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        MailshotStarted started = desk.chase(round(id), user.getName(), LocalDate.now(clock.withZone(UkTime.UK)));
        redirect.addFlashAttribute(
                "saved",
                started.created()
                        ? "Reminder sent to the DSLs and headteachers of every organisation yet to return"
                        : "A reminder went today already: nothing more was sent");
        return "redirect:/safeguarding/rounds/" + id;
    }

    @GetMapping("/{id}/analysis")
    String analysis(@PathVariable long id, @ModelAttribute Analysis.Filter filter, Model model) {
        model.addAttribute("picture", analysis.of(round(id), filter));
        model.addAttribute("filter", filter);
        return "safeguarding/analysis";
    }

    @GetMapping(value = "/{id}/analysis.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long id, @ModelAttribute Analysis.Filter filter) {
        Analysis.Picture picture = analysis.of(round(id), filter);
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(
                    "Standard",
                    "Statement",
                    "Returns",
                    "Green %",
                    "Amber %",
                    "Red %",
                    "Change in red or amber" + " since last year (points)",
                    "Linked courses",
                    "Course evaluations",
                    "Average evaluation (out of 5)",
                    "Red or amber last year, attended a linked course: returns",
                    "Attended: better",
                    "Attended: same",
                    "Attended: worse",
                    "Red or amber last year, did not attend: returns",
                    "Did not attend: better",
                    "Did not attend: same",
                    "Did not attend: worse");
            for (Analysis.StandardFigures f : picture.standards()) {
                Analysis.Offer offer = f.offer();
                Analysis.Movement attended = offer == null ? null : offer.attended();
                Analysis.Movement others = offer == null ? null : offer.didNotAttend();
                csv.row(
                        f.number(),
                        f.statement(),
                        f.counts().total(),
                        f.counts().greenPercent(),
                        f.counts().amberPercent(),
                        f.counts().redPercent(),
                        f.change(),
                        offer == null ? null : offer.courses(),
                        offer == null ? null : offer.evaluations(),
                        offer == null ? null : offer.average(),
                        attended == null ? null : attended.total(),
                        attended == null ? null : attended.better(),
                        attended == null ? null : attended.same(),
                        attended == null ? null : attended.worse(),
                        others == null ? null : others.total(),
                        others == null ? null : others.better(),
                        others == null ? null : others.same(),
                        others == null ? null : others.worse());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("safeguarding-analysis-" + id + ".csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    /** The county analysis as a printable, accessible (tagged) PDF, for the filter chosen on the page. */
    @GetMapping("/{id}/analysis.pdf")
    ResponseEntity<byte[]> printable(@PathVariable long id, @ModelAttribute Analysis.Filter filter) {
        Analysis.Picture picture = analysis.of(round(id), filter);
        String scope = Stream.of(filter.phase(), filter.district(), filter.type(), filter.trust())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        byte[] bytes = pdf.render(
                "safeguarding/analysis",
                Map.of(
                        "title",
                        "County analysis: " + picture.round().title(),
                        "picture",
                        picture,
                        "asAt",
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                .format(LocalDate.now(clock.withZone(UkTime.UK))),
                        "scope",
                        scope.isEmpty() ? "all" : scope));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("safeguarding-analysis-" + id + ".pdf")
                                .build()
                                .toString())
                .body(bytes);
    }

    private Round round(long id) {
        return rounds.round(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
