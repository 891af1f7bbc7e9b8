package uk.headsup.safeguarding.internal.rounds.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import uk.headsup.platform.DateInput;
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

    RoundController(Rounds rounds, RoundDesk desk, Analysis analysis, Pdf pdf, Clock clock) {
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

    /** Opening a round. Dates are GOV.UK date inputs, checked in {@link #open}. */
    public static class RoundForm {
        @NotBlank(message = "Enter the round's title")
        @Size(max = 200, message = "The title must be 200 characters or fewer")
        private String title = "";

        @NotNull(message = "Choose the framework version")
        private Long versionId;

        private DateInput firstDeadline = new DateInput();
        private DateInput finalDeadline = new DateInput();
        private boolean earlyYears;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getVersionId() {
            return versionId;
        }

        public void setVersionId(Long versionId) {
            this.versionId = versionId;
        }

        public DateInput getFirstDeadline() {
            return firstDeadline;
        }

        public void setFirstDeadline(DateInput firstDeadline) {
            this.firstDeadline = firstDeadline;
        }

        public DateInput getFinalDeadline() {
            return finalDeadline;
        }

        public void setFinalDeadline(DateInput finalDeadline) {
            this.finalDeadline = finalDeadline;
        }

        public boolean isEarlyYears() {
            return earlyYears;
        }

        public void setEarlyYears(boolean earlyYears) {
            this.earlyYears = earlyYears;
        }
    }

    @GetMapping("/new")
    String newRound(Model model) {
        RoundForm form = new RoundForm();
        form.setTitle(
                "Safeguarding audit " + LocalDate.now(clock.withZone(UkTime.UK)).getYear());
        model.addAttribute("form", form);
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("versions", desk.versions());
        return "safeguarding/round-new";
    }

    @PostMapping
    String open(
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        date(form.getFirstDeadline(), "firstDeadline", "The first deadline", errors);
        date(form.getFinalDeadline(), "finalDeadline", "The final deadline", errors);
        if (!errors.hasFieldErrors("firstDeadline")
                && !errors.hasFieldErrors("finalDeadline")
                && form.getFinalDeadline()
                        .date()
                        .orElseThrow()
                        .isBefore(form.getFirstDeadline().date().orElseThrow())) {
            errors.rejectValue("finalDeadline", "order", "The final deadline must be on or after the first deadline");
        }
        if (errors.hasErrors()) {
            return newPage(model);
        }
        long id = desk.open(
                form.getTitle().strip(),
                form.getVersionId(),
                form.getFirstDeadline().date().orElseThrow(),
                form.getFinalDeadline().date().orElseThrow(),
                form.isEarlyYears(),
                user.getName());
        redirect.addFlashAttribute("saved", "Round opened: the invitation is on its way to every DSL and headteacher");
        return "redirect:/safeguarding/rounds/" + id;
    }

    private static void date(DateInput input, String field, String name, BindingResult errors) {
        String problem = input.isBlank() ? "Enter " + name.toLowerCase().replace("the ", "the ") : input.problem(name);
        if (problem != null) {
            errors.rejectValue(field, "date", problem);
        }
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
