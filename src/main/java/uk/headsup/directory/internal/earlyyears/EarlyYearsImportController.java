package uk.headsup.directory.internal.earlyyears;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.ImportReports;
import uk.headsup.directory.internal.csvimport.UploadForm;

/** Administrators import the early years register (settings and childminders) and read each import's report. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EarlyYearsImportController {

    private final CsvImport imports;
    private final EarlyYearsImport register;
    private final ImportReports reports;

    EarlyYearsImportController(CsvImport imports, EarlyYearsImport register, ImportReports reports) {
        this.imports = imports;
        this.register = register;
        this.reports = reports;
    }

    @GetMapping("/directory/early-years/import")
    String form(@ModelAttribute("form") UploadForm form, Model model) {
        return page(model);
    }

    @PostMapping("/directory/early-years/import")
    String upload(
            @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        ImportReports.Report report = form.importWith(imports, register, reports, authentication.getName(), errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        if (!report.failed()) {
            redirect.addFlashAttribute("success", "The register was imported. Here is what changed.");
        }
        return "redirect:/directory/early-years/imports/" + report.id();
    }

    @GetMapping("/directory/early-years/imports/{id}")
    String report(@PathVariable long id, Model model) {
        ImportReports.Report report = reports.report(id)
                .filter(r -> r.kind().equals(EarlyYearsImport.KIND))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", report);
        model.addAttribute("lines", reports.lines(id));
        model.addAttribute("title", "Early years register import");
        model.addAttribute("referenceHeading", "Ofsted URN");
        model.addAttribute("back", "/directory/early-years/import");
        model.addAttribute("backText", "Back to early years imports");
        return "directory/csv-import-report";
    }

    private String page(Model model) {
        model.addAttribute("imports", reports.latest(EarlyYearsImport.KIND, 20));
        return "directory/early-years/import";
    }
}
