package uk.headsup.directory.internal.csvimport.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.ImportReports;

/**
 * The pages of one kind of CSV import, behind its controller's mappings: the upload form with the latest imports,
 * the upload, and an import's report (only a report of this kind).
 */
public final class ImportPages {

    /**
     * What differs between kinds: the pages under {@code path} ({@code /import}, {@code /imports/{id}}), the form's
     * template, and the report's title, reference column and way back.
     */
    public record Labels(
            String path, String template, String title, String referenceHeading, String backText, String success) {}

    private final CsvImport imports;
    private final ImportReports reports;
    private final CsvImport.Kind kind;
    private final Labels labels;
    private final UploadFormValidator validator;

    public ImportPages(
            CsvImport imports,
            ImportReports reports,
            CsvImport.Kind kind,
            Labels labels,
            UploadFormValidator validator) {
        this.validator = validator;
        this.imports = imports;
        this.reports = reports;
        this.kind = kind;
        this.labels = labels;
    }

    public String form(Model model) {
        model.addAttribute("imports", reports.latest(kind.kind(), 20));
        return labels.template();
    }

    public String upload(
            UploadForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        UploadFormValidator.Upload upload = validator.check(form, errors);
        if (upload == null) {
            return form(model);
        }
        ImportReports.Report report = reports.report(
                        imports.run(kind, upload.name(), upload.content(), authentication.getName()))
                .orElseThrow();
        if (report.refused()) {
            errors.rejectValue("file", "refused", report.message());
            return form(model);
        }
        if (!report.failed()) {
            redirect.addFlashAttribute("success", labels.success());
        }
        return "redirect:" + labels.path() + "/imports/" + report.id();
    }

    public String report(long id, Model model) {
        ImportReports.Report report = reports.report(id)
                .filter(r -> r.kind() == kind.kind())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", report);
        model.addAttribute("lines", reports.lines(id));
        model.addAttribute("title", labels.title());
        model.addAttribute("referenceHeading", labels.referenceHeading());
        model.addAttribute("back", labels.path() + "/import");
        model.addAttribute("backText", labels.backText());
        return "directory/csv-import-report";
    }
}
