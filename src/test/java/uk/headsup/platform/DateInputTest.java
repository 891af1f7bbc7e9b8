package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    private static DateInput date(String day, String month, String year) {
        DateInput input = new DateInput();
        input.setDay(day);
        input.setMonth(month);
        input.setYear(year);
        return input;
    }

    @Test
    void aRealDateHasNoProblem() {
        DateInput input = date(" 1 ", "09", "2025");
        assertThat(input.problem("Start date")).isNull();
        assertThat(input.date()).contains(LocalDate.of(2025, 9, 1));
    }

    @Test
    void saysWhichPartsAreMissingInGovUkWords() {
        assertThat(date("1", "", "2025").problem("Start date")).isEqualTo("Start date must include a month");
        assertThat(date("", "", "2025").problem("Start date")).isEqualTo("Start date must include a day and month");
        assertThat(date("1", "", "2025").monthWrong()).isTrue();
        assertThat(date("1", "", "2025").dayWrong()).isFalse();
    }

    @Test
    void refusesDatesThatAreNotReal() {
        assertThat(date("31", "2", "2025").problem("Start date")).isEqualTo("Start date must be a real date");
        assertThat(date("1", "13", "2025").problem("Start date")).isEqualTo("Start date must be a real date");
        assertThat(date("a", "1", "2025").problem("Start date")).isEqualTo("Start date must be a real date");
        assertThat(date("1", "1", "25").problem("Start date"))
                .isEqualTo("Start date must include a year with 4 numbers, like 2025");
        assertThat(date("31", "2", "2025").date()).isEmpty();
    }

    @Test
    void aBlankDateIsForTheFormToJudge() {
        assertThat(date("", " ", "").isBlank()).isTrue();
        assertThat(date("", "", "").problem("Start date")).isNull();
        assertThat(date("", "", "").date()).isEmpty();
    }

    @Test
    void showsAStoredDate() {
        DateInput input = DateInput.of(LocalDate.of(2026, 1, 5));
        assertThat(input.getDay()).isEqualTo("5");
        assertThat(input.getMonth()).isEqualTo("1");
        assertThat(input.getYear()).isEqualTo("2026");
    }
}
