package uk.headsup.directory.internal.csvimport.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import uk.headsup.platform.FormProblems;

/** The one validator of {@link UploadForm}: a file was chosen. What is in it is the import's to judge. */
@Component
public class UploadFormValidator {

    /** A file to import: its name as uploaded, and its bytes. */
    record Upload(String name, byte[] content) {}

    private final Validator constraints;

    UploadFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The file chosen, or null with its problem in {@code errors}. */
    Upload check(UploadForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        MultipartFile file = form.file();
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            problems.add("file", "required", "Select a CSV file");
        }
        if (!problems.reportTo(errors)) {
            return null;
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
