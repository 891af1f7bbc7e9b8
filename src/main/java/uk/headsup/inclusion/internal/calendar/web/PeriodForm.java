package uk.headsup.inclusion.internal.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;

/**
 * One line of term dates typed in, in the order of the page: the academic year, what kind of dates, their name and
 * the first and last day; {@link PeriodFormValidator} checks it. Text is stripped as it is bound; a field missing
 * from the request is blank.
 */
record PeriodForm(
        @Pattern(regexp = "\\d{4}-\\d{2}", message = "Academic year must be like 2025-26")
        String academicYear,

        String kind,

        @NotBlank(message = "Enter a name, like Autumn term")
        @Size(max = 100, message = "The name must be 100 characters or fewer")
        String name,

        DateInput startsOn,
        DateInput endsOn) {

    PeriodForm {
        academicYear = academicYear == null ? "" : academicYear.strip();
        kind = kind == null ? "" : kind.strip();
        name = name == null ? "" : name.strip();
        startsOn = startsOn == null ? new DateInput() : startsOn;
        endsOn = endsOn == null ? new DateInput() : endsOn;
    }

    static PeriodForm empty() {
        return new PeriodForm("", "", "", new DateInput(), new DateInput());
    }
}
