package uk.headsup.directory.internal.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvDatesTest {

    @Test
    void readsDatesAsUkSpreadsheetsWriteThemAndIso() {
        LocalDate first = LocalDate.of(2025, 9, 1);
        assertThat(CsvDates.parse("01/09/2025")).contains(first);
        assertThat(CsvDates.parse("1/9/2025")).contains(first);
        assertThat(CsvDates.parse("01-09-2025")).contains(first);
        assertThat(CsvDates.parse("2025-09-01")).contains(first);
    }

    @Test
    void refusesImpossibleAndAmericanLookingDates() {
        assertThat(CsvDates.parse("31/02/2025")).isEmpty();
        assertThat(CsvDates.parse("09/31/2025")).isEmpty();
        assertThat(CsvDates.parse("1 Sept 2025")).isEmpty();
        assertThat(CsvDates.parse("01/09/25")).isEmpty();
    }
}
