package uk.headsup.bulletins.internal.series.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.headsup.support.FormInput.problems;

import jakarta.validation.Validation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import uk.headsup.bulletins.internal.series.Series;
import uk.headsup.bulletins.internal.series.SeriesDetails;

class SeriesFormValidatorTest {

    private final SeriesFormValidator validator =
            new SeriesFormValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aWeeklyNeedsItsNameSectionsDayTimeAndReadersInTheOrderOfThePage() {
        SeriesForm form = new SeriesForm("  ", "", " \n ", "SOMEDAY", "8 o'clock", null);
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, Series.Kind.WEEKLY, errors)).isNull();
        assertThat(problems(errors))
                .containsExactly(
                        "name: Enter the series’ name",
                        "sections: Enter at least one section, one a line",
                        "publishDay: Select the day it comes out",
                        "publishTime: Enter the time it comes out as hours and minutes, like 08:00",
                        "visibility: Select who can read the archive");
        assertThat(errors.getFieldValue("publishTime"))
                .as("what was typed stays")
                .isEqualTo("8 o'clock");
    }

    @Test
    void aLongNameIsRefusedAndASpecialHasNoSchedule() {
        SeriesForm form = new SeriesForm("x".repeat(81), "", "News", "", "", "public");
        Errors errors = new BeanPropertyBindingResult(form, "form");
        assertThat(validator.check(form, Series.Kind.SPECIAL, errors)).isNull();
        assertThat(problems(errors)).containsExactly("name: The name must be 80 characters or fewer");
    }

    @Test
    void aDailyHasATimeButNoDayAndItsSectionsAreTidied() {
        SeriesForm form = new SeriesForm(
                " Daily notices ", " For heads ", "News\n\n  Dates \nNews", "MONDAY", "8:30", "signed-in");
        SeriesDetails details = validator.check(form, Series.Kind.DAILY, new BeanPropertyBindingResult(form, "form"));
        assertThat(details)
                .isEqualTo(new SeriesDetails(
                        "Daily notices", "For heads", List.of("News", "Dates"), false, null, LocalTime.of(8, 30)));

        SeriesForm weekly = new SeriesForm("Weekly", "", "News", "FRIDAY", "08:00", "public");
        assertThat(validator.check(weekly, Series.Kind.WEEKLY, new BeanPropertyBindingResult(weekly, "form")))
                .isEqualTo(
                        new SeriesDetails("Weekly", "", List.of("News"), true, DayOfWeek.FRIDAY, LocalTime.of(8, 0)));
    }
}
