package uk.headsup.inclusion.internal.exclusions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void theDfEsWorkedExampleHasCheckLetterH() {
        assertThat(Upn.checkLetter("801200001001")).isEqualTo('H');
        assertThat(Upn.problem("H801200001001")).isNull();
    }

    @Test
    void aTemporaryUpnEndsInALetterCountedByItsPlaceInTheCheckAlphabet() {
        assertThat(Upn.problem("K93712342500A")).isNull();
        assertThat(Upn.problem("k937 1234 2500 a")).isNull();
    }

    @Test
    void aWrongCheckLetterOrShapeIsNamed() {
        assertThat(Upn.problem("A801200001001")).contains("check letter is wrong");
        assertThat(Upn.problem("H80120000100")).contains("13 characters");
        assertThat(Upn.problem("1801200001001")).contains("13 characters");
        assertThat(Upn.problem("")).contains("13 characters");
    }
}
