package uk.headsup.directory.internal.organisations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.Phase;
import uk.headsup.directory.internal.OrganisationDetails;
import uk.headsup.directory.internal.OrganisationFilter;
import uk.headsup.directory.internal.OrganisationSearch;
import uk.headsup.directory.internal.OrganisationSearch.Option;
import uk.headsup.platform.format.CsvWriter;

/** Authority staff browse, search and export the organisations of the directory, and open any of them. */
@Controller
@RequestMapping("/directory")
@PreAuthorize("hasRole('AUTHORITY_STAFF')")
class DirectoryController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final OrganisationSearch search;
    private final FilterLists filterLists;
    private final OrganisationDetails details;
    private final Clock clock;

    DirectoryController(OrganisationSearch search, FilterLists filterLists, OrganisationDetails details, Clock clock) {
        this.search = search;
        this.filterLists = filterLists;
        this.details = details;
        this.clock = clock;
    }

    @GetMapping({"", "/"})
    String directory() {
        return "redirect:/directory/organisations";
    }

    /** A filter that cannot be read (a trust that is not a number) is a problem on the page; the rest still filter. */
    @GetMapping("/organisations")
    String organisations(
            @ModelAttribute("filter") OrganisationFilter filter,
            BindingResult errors,
            Authentication authentication,
            Model model) {
        model.addAttribute(
                "canManageClusters",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")
                                || a.getAuthority().equals("ROLE_SCHEMES_OFFICER")));
        OrganisationSearch.Page page = search.find(filter);
        model.addAttribute("page", page);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("phases", PHASES);
        model.addAttribute("lists", filterLists.get());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("query", query(filter, null));
        model.addAttribute("previous", page.page() > 1 ? query(filter, page.page() - 1) : null);
        model.addAttribute("next", page.hasNext() ? query(filter, page.page() + 1) : null);
        return "directory/organisations";
    }

    /** The filtered list as CSV (UTF-8 with a byte order mark, so that spreadsheets read accents right). */
    @GetMapping(value = "/organisations.csv")
    void export(@ModelAttribute("filter") OrganisationFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"organisations-" + LocalDate.now(clock.withZone(LONDON)) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of(
                "URN", "Name", "Kind", "Phase", "Type", "Status", "District", "Trust", "Town", "Postcode", "Head"));
        search.forEach(
                filter,
                row -> csv.row(
                        row.urn(),
                        row.name(),
                        row.kind().label(),
                        row.phase() == null ? null : row.phase().label(),
                        row.type(),
                        row.status().name(),
                        row.district(),
                        row.trust(),
                        row.town(),
                        row.postcode(),
                        row.headName()));
        csv.flush();
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        OrganisationDetails.Organisation organisation =
                details.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("today", LocalDate.now(clock.withZone(LONDON)));
        model.addAttribute("appointments", details.appointments(id));
        model.addAttribute("clusters", details.clustersOf(id));
        model.addAttribute("members", details.membersOf(organisation));
        model.addAttribute("changes", details.changes(id));
        model.addAttribute("sourceFields", details.sourceFields(id));
        return "directory/organisation";
    }

    private static final List<Option> STATUSES =
            List.of(new Option("OPEN", "Open"), new Option("CLOSED", "Closed"), new Option("", "Open and closed"));

    private static final List<Option> KINDS = options(OrganisationKind.values(), OrganisationKind::label);
    private static final List<Option> PHASES = options(Phase.values(), Phase::label);

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(e -> new Option(e.name(), label.apply(e)))
                .toList();
    }

    private static String query(OrganisationFilter f, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", f.getQ());
        add(b, "kind", f.getKind());
        add(b, "phase", f.getPhase());
        add(b, "district", f.getDistrict());
        add(b, "trust", f.getTrust() == null ? "" : f.getTrust().toString());
        add(b, "cluster", f.getCluster() == null ? "" : f.getCluster().toString());
        b.queryParam("status", f.getStatus());
        if (page != null) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isEmpty()) {
            b.queryParam(name, value);
        }
    }
}
