package uk.headsup.directory.internal.people.web;

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
import uk.headsup.directory.internal.people.PeopleImport;

/** Administrators import people and their roles from a CSV file, and read what each import did. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeopleImportController {

    private final ImportPages pages;

    PeopleImportController(CsvImport imports, PeopleImport kind, ImportReports reports, UploadFormValidator validator) {
        this.pages = new ImportPages(
                imports,
                reports,
                kind,
                new ImportPages.Labels(
                        "/directory/people",
                        "directory/people/import",
                        "People import",
                        "Email",
                        "Back to people imports",
                        "The file was imported. Here is what changed."),
                validator);
    }

    @GetMapping("/directory/people/import")
    String form(@ModelAttribute("form") UploadForm form, Model model) {
        return pages.form(model);
    }

    @PostMapping("/directory/people/import")
    String upload(
            @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return pages.upload(form, errors, authentication, model, redirect);
    }

    @GetMapping("/directory/people/imports/{id}")
    String report(@PathVariable long id, Model model) {
        return pages.report(id, model);
    }
}
