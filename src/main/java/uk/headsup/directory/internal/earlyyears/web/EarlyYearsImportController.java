package uk.headsup.directory.internal.earlyyears.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.ImportReports;
import uk.headsup.directory.internal.csvimport.web.ImportPages;
import uk.headsup.directory.internal.csvimport.web.UploadForm;
import uk.headsup.directory.internal.csvimport.web.UploadFormValidator;
import uk.headsup.directory.internal.earlyyears.EarlyYearsImport;

/** Administrators import the early years register (settings and childminders) and read each import's report. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class EarlyYearsImportController {

    private final ImportPages pages;

    EarlyYearsImportController(
            CsvImport imports, EarlyYearsImport kind, ImportReports reports, UploadFormValidator validator) {
        this.pages = new ImportPages(
                imports,
                reports,
                kind,
                new ImportPages.Labels(
                        "/directory/early-years",
                        "directory/early-years/import",
                        "Early years register import",
                        "Ofsted URN",
                        "Back to early years imports",
                        "The register was imported. Here is what changed."),
                validator);
    }

    @GetMapping("/directory/early-years/import")
    String form(@ModelAttribute("form") UploadForm form, Model model) {
        return pages.form(model);
    }

    @PostMapping("/directory/early-years/import")
    String upload(
            @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.upload(form, errors, authentication, model, redirect);
    }

    @GetMapping("/directory/early-years/imports/{id}")
    String report(@PathVariable long id, Model model) {
        return pages.report(id, model);
    }
}
