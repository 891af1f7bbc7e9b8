package uk.headsup.safeguarding.internal.analysis.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import uk.headsup.platform.UkTime;
import uk.headsup.platform.format.CsvWriter;
import uk.headsup.platform.format.Pdf;
import uk.headsup.safeguarding.internal.analysis.Analysis;
import uk.headsup.safeguarding.internal.rounds.ReturnFilter;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/** The safeguarding officer's county analysis of a round: on the page, as a spreadsheet and as a printable PDF. */
@Controller
@RequestMapping("/safeguarding/rounds")
@PreAuthorize("hasAnyRole('SAFEGUARDING_OFFICER', 'ADMIN')")
class AnalysisController {

    private final Rounds rounds;
    private final Analysis analysis;
    private final Pdf pdf;
    private final Clock clock;

    AnalysisController(Rounds rounds, Analysis analysis, Pdf pdf, Clock clock) {
        this.rounds = rounds;
        this.analysis = analysis;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/{id}/analysis")
    String analysis(@PathVariable long id, @ModelAttribute("filter") ReturnFilter filter, Model model) {
        model.addAttribute("picture", analysis.of(round(id), filter));
        model.addAttribute("filter", filter);
        return "safeguarding/analysis";
    }

    @GetMapping(value = "/{id}/analysis.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long id, @ModelAttribute("filter") ReturnFilter filter) {
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
    ResponseEntity<byte[]> printable(@PathVariable long id, @ModelAttribute("filter") ReturnFilter filter) {
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
