package uk.headsup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class EvidenceLinkFormValidatorTest {

    private final Framework framework = FrameworkJsonTest.aFramework();

    private final EvidenceLinkFormValidator validator = new EvidenceLinkFormValidator(
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void anEmptyFormNamesEveryFieldInTheOrderOfThePage() {
        EvidenceLinkForm form = new EvidenceLinkForm(null, " ", null);
        Errors errors = new BeanPropertyBindingResult(form, "linkForm");
        assertThat(validator.check(form, framework, "this audit", errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "title: Enter a title for the link",
                        "url: Enter the web address",
                        "standards: Enter the standards the link shows, such as 1.1, 4.2");
    }

    @Test
    void aLongTitleAnAddressThatIsNotWebAndAStandardOfNoFrameworkAreRefusedAndKeptAsTyped() {
        EvidenceLinkForm form = new EvidenceLinkForm("t".repeat(201), "ftp://files.example/policy", "1.1, 9.9");
        Errors errors = new BeanPropertyBindingResult(form, "linkForm");
        assertThat(validator.check(form, framework, "this audit", errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "title: The title must be 200 characters or fewer",
                        "url: Enter a web address starting https://",
                        "standards: There is no standard 9.9 in this audit: enter numbers such as 1.1, 4.2");
        assertThat(errors.getFieldValue("url")).isEqualTo("ftp://files.example/policy");
    }

    @Test
    void aTooLongAddressOrOnlySeparatorsSaySo() {
        EvidenceLinkForm form = new EvidenceLinkForm("Policy", "https://x.example/" + "p".repeat(2000), " , ;");
        Errors errors = new BeanPropertyBindingResult(form, "linkForm");
        assertThat(validator.check(form, framework, "this toolkit", errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "url: The web address must be 2,000 characters or fewer",
                        "standards: Enter the standards it shows, such as 1.1, 4.2");
    }

    @Test
    void aGoodLinkIsItsStrippedTitleAddressAndEachStandardOnce() {
        EvidenceLinkForm form = new EvidenceLinkForm(" Policy ", " https://oak.sch.uk/policy ", "1.2; 1.1, 1.2");
        assertThat(validator.check(form, framework, "this audit", new BeanPropertyBindingResult(form, "linkForm")))
                .isEqualTo(new EvidenceLinkFormValidator.EvidenceLink(
                        "Policy", "https://oak.sch.uk/policy", List.of("1.2", "1.1")));
    }
}
