package uk.headsup.recognition.internal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.directory.OfstedInspection;
import uk.headsup.recognition.Scheme;

/** The Kitemark's grade rule. */
class EligibilityTest {

    private static final Scheme KITEMARK = new Scheme(
            "kitemark",
            "Early Years Inclusion Kitemark",
            EnumSet.of(Scheme.Applicants.EARLY_YEARS),
            "",
            "recognition-kitemark",
            null,
            OfstedGrade.GOOD,
            List.of(),
            3,
            false);

    @Test
    void goodOrOutstandingMayApplyAndAnythingLowerIsToldWhyInPlainWords() {
        assertThat(Eligibility.problems(KITEMARK, "Acorns", new OfstedInspection(OfstedGrade.GOOD, null)))
                .isEmpty();
        assertThat(Eligibility.problems(KITEMARK, "Acorns", new OfstedInspection(OfstedGrade.OUTSTANDING, null)))
                .isEmpty();
        assertThat(Eligibility.problems(
                        KITEMARK,
                        "Acorns",
                        new OfstedInspection(OfstedGrade.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 3, 4))))
                .containsExactly("Acorns's latest Ofsted grade is Requires improvement (inspected on 4 March 2026)."
                        + " The Early Years Inclusion Kitemark is for settings and childminders graded Good or"
                        + " Outstanding: you can apply once an inspection grades you Good or better.");
    }
}
