package uk.headsup.directory.internal.gias.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class GiasFileFormValidatorTest {

    private final GiasFileFormValidator validator =
            new GiasFileFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void noFileOrAnEmptyOneIsAskedFor() {
        for (GiasFileForm form : new GiasFileForm[] {
            new GiasFileForm(null), new GiasFileForm(new MockMultipartFile("file", "", "text/csv", new byte[0]))
        }) {
            Errors errors = new BeanPropertyBindingResult(form, "form");
            assertThat(validator.check(form, errors)).isNull();
            assertThat(problems(errors)).containsExactly("file: Select a GIAS file");
        }
    }

    @Test
    void aFileNotNamedAsCsvIsRefused() {
        GiasFileForm form = new GiasFileForm(new MockMultipartFile(
                "file", "edubase.xlsx", "application/octet-stream", "URN".getBytes(StandardCharsets.UTF_8)));
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, errors)).isNull();
        assertThat(problems(errors)).containsExactly("file: The selected file must be a CSV file");
    }

    @Test
    void aCsvFileWhateverTheCaseOfItsNameIsTheFile() {
        MockMultipartFile file =
                new MockMultipartFile("file", "EDUBASEALLDATA.CSV", "text/csv", "URN".getBytes(StandardCharsets.UTF_8));
        GiasFileForm form = new GiasFileForm(file);
        assertThat(validator.check(form, new BeanPropertyBindingResult(form, "form")))
                .isSameAs(file);
    }
}
