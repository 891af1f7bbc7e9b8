package uk.headsup.inclusion.internal.reports.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.bulletins.ArticleDrafts;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationSummary;
import uk.headsup.directory.Predecessor;
import uk.headsup.inclusion.SchoolDays;
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.reports.CountTable;
import uk.headsup.inclusion.internal.reports.Rate;
import uk.headsup.inclusion.internal.reports.Reports;
import uk.headsup.inclusion.internal.reports.Reports.Scope;
import uk.headsup.inclusion.internal.reports.Reports.ScopeKind;
import uk.headsup.platform.format.CsvWriter;
import uk.headsup.platform.format.Pdf;

/**
 * The accountability reports. Inclusion officers see exact counts; a school's head and authorised users see their
 * own school's figures and the county's with every count under 5 shown as "fewer than 5"; the termly data pack
 * (PDF and CSV) is suppressed for everyone, as it goes to the headteachers' forum.
 */
@Controller
@RequestMapping("/inclusion/reports")
class ReportsController {

    /** A rate across the report's columns, as shown. */
    public record RateLine(String label, List<String> values) {}

    private final Reports reports;
    private final PupilAccess access;
    private final Pdf pdf;
    private final Clock clock;
    private final ArticleDrafts drafts;
    private final Directory directory;

    ReportsController(
            Reports reports, PupilAccess access, Pdf pdf, Clock clock, ArticleDrafts drafts, Directory directory) {
        this.reports = reports;
        this.directory = directory;
        this.drafts = drafts;
        this.access = access;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) String year, Authentication authentication, Model model) {
        access.requireOfficer(authentication);
        model.addAttribute("scopes", reports.scopes());
        return show(
                reports.report(new Scope(ScopeKind.COUNTY, "", "County"), from(year), to(year), today()),
                false,
                year,
                model);
    }

    @GetMapping("/{kind:school|trust|district|provider}/{key}")
    String scoped(
            @PathVariable String kind,
            @PathVariable String key,
            @RequestParam(required = false) String year,
            Authentication authentication,
            Model model) {
        access.requireOfficer(authentication);
        Scope scope = reports.scope(ScopeKind.valueOf(kind.toUpperCase()), key)
                .or(() -> kind.equals("school") && key.matches("\\d{1,18}")
                        ? directory
                                .organisation(Long.parseLong(key))
                                .map(o -> new Scope(ScopeKind.SCHOOL, key, o.name()))
                        : Optional.empty())
                .map(s -> s.kind() == ScopeKind.SCHOOL ? withPredecessors(s, model) : s)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(reports.report(scope, from(year), to(year), today()), false, year, model);
    }

    /** A school's own report, for its head and authorised users: suppressed. */
    @GetMapping("/school")
    String school(
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) String year,
            Authentication authentication,
            Model model) {
        var viewer = access.require(authentication);
        if (viewer.schools().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long id = school != null && viewer.schools().containsKey(school)
                ? school
                : viewer.schools().keySet().iterator().next();
        Scope scope = withPredecessors(
                new Scope(ScopeKind.SCHOOL, String.valueOf(id), viewer.schools().get(id)), model);
        model.addAttribute("schoolView", true);
        return show(reports.report(scope, from(year), to(year), today()), true, year, model);
    }

    @GetMapping("/data-pack.pdf")
    ResponseEntity<byte[]> dataPack(@RequestParam(required = false) String year, Authentication authentication) {
        access.requireOfficer(authentication);
        Map<String, Object> pack = dataPack(year);
        byte[] document = pdf.render("inclusion/data-pack", pack);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("exclusions-data-pack.pdf")
                                .build()
                                .toString())
                .body(document);
    }

    @GetMapping("/data-pack.csv")
    ResponseEntity<String> dataPackCsv(@RequestParam(required = false) String year, Authentication authentication) {
        access.requireOfficer(authentication);
        @SuppressWarnings("unchecked")
        List<CountTable.Shown> tables = (List<CountTable.Shown>) dataPack(year).get("tables");
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("Table", "Row", "Column", "Count");
        for (CountTable.Shown t : tables) {
            for (CountTable.Line line : t.lines()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    csv.row(
                            t.title(),
                            line.label(),
                            t.columns().get(c),
                            line.cells().get(c));
                }
            }
            for (int c = 0; c < t.columns().size(); c++) {
                csv.row(t.title(), "Total", t.columns().get(c), t.totals().get(c));
            }
        }
        csv.flush();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("exclusions-data-pack.csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    /**
     * The data pack's county figures as a draft bulletin article for headteachers, every count suppressed as in the
     * PDF: it opens among the officer's own articles, to edit, attach the PDF to and submit.
     */
    @PostMapping("/data-pack/article")
    String dataPackArticle(
            @RequestParam(required = false) String year,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        access.requireOfficer(authentication);
        LocalDate from = from(year);
        LocalDate to = to(year);
        Reports.Report county = reports.report(Scope.county(), from, to, today());
        SignedInUser user = (SignedInUser) model.getAttribute("currentUser");
        long id = drafts.draft(DataPackArticle.of(
                "Exclusions data pack " + period(year, from, to),
                rateLines(county, true),
                county.tables().stream().map(t -> t.shown(true)).toList(),
                authentication.getName(),
                user == null ? authentication.getName() : user.name()));
        redirect.addFlashAttribute(
                "success",
                "A draft article of the data pack is among your articles: check it, attach the PDF and submit it");
        return "redirect:/bulletins/articles/" + id;
    }

    /** The county's report and each excluding school's exclusions by type, every count suppressed. */
    private Map<String, Object> dataPack(String year) {
        LocalDate from = from(year);
        LocalDate to = to(year);
        Reports.Report county = reports.report(new Scope(ScopeKind.COUNTY, "", "County"), from, to, today());
        List<CountTable.Shown> tables =
                new ArrayList<>(county.tables().stream().map(t -> t.shown(true)).toList());
        for (Scope school : reports.scopes().get(ScopeKind.SCHOOL)) {
            CountTable byType =
                    reports.report(school, from, to, today()).tables().get(0);
            // The school's own column only: the county's is above.
            tables.add(new CountTable(
                            "Exclusions by type: " + school.name(),
                            List.of(school.name()),
                            byType.labels(),
                            byType.counts().stream().map(r -> List.of(r.get(0))).toList())
                    .shown(true));
        }
        return Map.of(
                "title",
                "Exclusions data pack " + period(year, from, to),
                "tables",
                tables,
                "rates",
                rateLines(county, true),
                "generated",
                today());
    }

    /**
     * The school with the schools it succeeded (GIAS links: it converted to an academy, say): their excluded pupils
     * are its own, shown under the names they had then and listed on the page.
     */
    private Scope withPredecessors(Scope school, Model model) {
        List<Predecessor> before = directory
                .organisation(Long.parseLong(school.key()))
                .map(OrganisationSummary::urn)
                .filter(urn -> urn != null && !urn.isBlank())
                .map(directory::predecessors)
                .orElse(List.of());
        model.addAttribute("predecessors", before);
        return new Scope(
                school.kind(),
                school.key(),
                school.name(),
                before.stream()
                        .map(Predecessor::organisationId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    private String show(Reports.Report report, boolean suppress, String year, Model model) {
        LocalDate from = from(year);
        model.addAttribute("report", report);
        model.addAttribute(
                "tables", report.tables().stream().map(t -> t.shown(suppress)).toList());
        model.addAttribute("rates", rateLines(report, suppress));
        model.addAttribute("columns", new ArrayList<>(report.rates().keySet()));
        model.addAttribute("suppressed", suppress);
        model.addAttribute("period", period(year, from, to(year)));
        return "inclusion/report";
    }

    private static List<RateLine> rateLines(Reports.Report report, boolean suppress) {
        List<RateLine> lines = new ArrayList<>();
        List<List<Rate>> columns = new ArrayList<>(report.rates().values());
        for (int i = 0; i < columns.get(0).size(); i++) {
            int row = i;
            lines.add(new RateLine(
                    columns.get(0).get(i).label(),
                    columns.stream().map(c -> c.get(row).shown(suppress)).toList()));
        }
        return lines;
    }

    private LocalDate from(String year) {
        if (year != null && year.matches("\\d{4}-\\d{2}")) {
            return LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1);
        }
        int start = Integer.parseInt(SchoolDays.academicYear(today()).substring(0, 4));
        return LocalDate.of(start - 1, 9, 1);
    }

    private LocalDate to(String year) {
        if (year != null && year.matches("\\d{4}-\\d{2}")) {
            return LocalDate.of(Integer.parseInt(year.substring(0, 4)) + 1, 8, 31);
        }
        return today();
    }

    private static String period(String year, LocalDate from, LocalDate to) {
        return year != null && year.matches("\\d{4}-\\d{2}")
                ? year
                : SchoolDays.academicYear(from) + " and " + SchoolDays.academicYear(to) + " to date";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }
}
