package uk.headsup.directory.internal.people;

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

/** Administrators import people and their roles from a CSV file, and read what each import did. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeopleImportController {

    private final CsvImport imports;
    private final PeopleImport peopleImport;
    private final ImportReports reports;

    PeopleImportController(CsvImport imports, PeopleImport peopleImport, ImportReports reports) {
        this.imports = imports;
        this.peopleImport = peopleImport;
        this.reports = reports;
    }

    @GetMapping("/directory/people/import")
    String form(@ModelAttribute("form") UploadForm form, Model model) {
        return page(model);
    }

    @PostMapping("/directory/people/import")
    String upload(
            @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        ImportReports.Report report = form.importWith(imports, peopleImport, reports, authentication.getName(), errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        if (!report.failed()) {
            redirect.addFlashAttribute("success", "The file was imported. Here is what changed.");
        }
        return "redirect:/directory/people/imports/" + report.id();
    }

    @GetMapping("/directory/people/imports/{id}")
    String report(@PathVariable long id, Model model) {
        ImportReports.Report report = reports.report(id)
                .filter(r -> r.kind().equals(PeopleImport.KIND))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", report);
        model.addAttribute("lines", reports.lines(id));
        model.addAttribute("title", "People import");
        model.addAttribute("referenceHeading", "Email");
        model.addAttribute("back", "/directory/people/import");
        model.addAttribute("backText", "Back to people imports");
        return "directory/csv-import-report";
    }

    private String page(Model model) {
        model.addAttribute("imports", reports.latest(PeopleImport.KIND, 20));
        return "directory/people/import";
    }
}
