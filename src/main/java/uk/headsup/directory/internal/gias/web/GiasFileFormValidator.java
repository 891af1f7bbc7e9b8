package uk.headsup.directory.internal.gias.web;

import jakarta.validation.Validator;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import uk.headsup.platform.FormProblems;

/**
 * The one validator of {@link GiasFileForm}: a file was chosen and it is named as a CSV file. Whether GIAS's columns
 * are in it is the import's to say, having read it.
 */
@Component
class GiasFileFormValidator {

    private final Validator constraints;

    GiasFileFormValidator(Validator constraints) {
        this.constraints = constraints;
    }

    /** The file, or null with its problem in {@code errors}. */
    MultipartFile check(GiasFileForm form, Errors errors) {
        FormProblems problems = FormProblems.of(constraints, form);
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            problems.add("file", "required", "Select a GIAS file");
        } else if (file.getOriginalFilename() == null
                || !file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            problems.add("file", "type", "The selected file must be a CSV file");
        }
        return problems.reportTo(errors) ? file : null;
    }
}
