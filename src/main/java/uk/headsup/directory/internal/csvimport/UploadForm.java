package uk.headsup.directory.internal.csvimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A CSV file to import, as uploaded (null when none was chosen). It is checked where it is imported: a file must be
 * chosen, and the import then refuses one it cannot read, saying why; nothing is saved from a refused file.
 */
public record UploadForm(MultipartFile file) {

    /** Imports the file, or records why there is nothing to import; returns the report, or null. */
    public ImportReports.Report importWith(
            CsvImport imports, CsvImport.Kind kind, ImportReports reports, String startedBy, Errors errors) {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            errors.rejectValue("file", "required", "Select a CSV file");
            return null;
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReports.Report report = reports.report(imports.run(kind, file.getOriginalFilename(), content, startedBy))
                .orElseThrow();
        if (report.refused()) {
            errors.rejectValue("file", "refused", report.message());
        }
        return report;
    }
}
