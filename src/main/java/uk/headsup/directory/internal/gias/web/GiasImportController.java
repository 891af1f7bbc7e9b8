package uk.headsup.directory.internal.gias.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.internal.gias.GiasImport;
import uk.headsup.directory.internal.gias.GiasImportReport;
import uk.headsup.directory.internal.gias.GiasImportReports;
import uk.headsup.directory.internal.gias.GiasSettings;
import uk.headsup.directory.internal.gias.GiasSource;
import uk.headsup.directory.internal.gias.LocalAuthorities;
import uk.headsup.platform.Authority;

/** Administrators upload a GIAS file and read the reports of past imports. */
@Controller
@RequestMapping("/directory/imports")
@PreAuthorize("hasRole('ADMIN')")
class GiasImportController {

    static final int ROWS_SHOWN = 1000;

    private final GiasImport gias;
    private final GiasImportReports reports;
    private final Authority authority;
    private final GiasSettings settings;
    private final GiasFileFormValidator validator;

    GiasImportController(
            GiasImport gias,
            GiasImportReports reports,
            Authority authority,
            GiasSettings settings,
            GiasFileFormValidator validator) {
        this.validator = validator;
        this.gias = gias;
        this.reports = reports;
        this.authority = authority;
        this.settings = settings;
    }

    @ModelAttribute("keeps")
    String keeps() {
        return LocalAuthorities.of(authority.laCodes()).describe();
    }

    @ModelAttribute("maxUpload")
    String maxUpload() {
        return megabytes(settings);
    }

    static String megabytes(GiasSettings settings) {
        return settings.maxUploadSize().toMegabytes() + " MB";
    }

    /** A file over the size limit never reaches this controller: the server answers 413 (templates/error/413.html). */
    @GetMapping
    String imports(Model model) {
        model.addAttribute("form", new GiasFileForm(null));
        model.addAttribute("reports", reports.latest(100));
        return "directory/imports";
    }

    @PostMapping
    String upload(
            @ModelAttribute("form") GiasFileForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        MultipartFile file = validator.check(form, errors);
        if (file != null) {
            GiasImportReport report = gias.run(
                    GiasSource.of(file.getOriginalFilename(), file::getInputStream),
                    authentication.getName(),
                    LocalAuthorities.of(authority.laCodes()));
            if (!report.refused()) {
                redirect.addFlashAttribute("success", report.summary());
                return "redirect:/directory/imports/" + report.id();
            }
            errors.rejectValue("file", "refused", "The selected file cannot be imported. " + report.message());
        }
        model.addAttribute("reports", reports.latest(100));
        return "directory/imports";
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) throws IOException {
        GiasImportReport report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<GiasImportReports.Row> updated = reports.rows(id, "UPDATED", ROWS_SHOWN);
        List<GiasImportReports.Row> closed = reports.rows(id, "CLOSED", ROWS_SHOWN);
        List<String> urns = Stream.concat(updated.stream(), closed.stream())
                .map(GiasImportReports.Row::urn)
                .toList();
        Map<String, List<GiasImportReports.Change>> changes = reports.changes(id, urns).stream()
                .collect(Collectors.groupingBy(GiasImportReports.Change::urn, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("report", report);
        model.addAttribute("rejectedRows", reports.rows(id, "REJECTED", ROWS_SHOWN));
        model.addAttribute("closedRows", closed);
        model.addAttribute("updatedRows", updated);
        model.addAttribute("addedRows", reports.rows(id, "ADDED", ROWS_SHOWN));
        model.addAttribute("changes", changes);
        model.addAttribute("rowsShown", ROWS_SHOWN);
        return "directory/import";
    }
}
