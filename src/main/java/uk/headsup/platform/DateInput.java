package uk.headsup.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What someone typed into a GOV.UK date input (day, month and year boxes), bound by forms as
 * {@code field.day}, {@code field.month} and {@code field.year}. It checks itself and says what is wrong in
 * GOV.UK's words, naming the date as the form does ("Start date must include a month").
 */
public class DateInput {

    private String day = "";
    private String month = "";
    private String year = "";

    public DateInput() {}

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.setDay(String.valueOf(date.getDayOfMonth()));
            input.setMonth(String.valueOf(date.getMonthValue()));
            input.setYear(String.valueOf(date.getYear()));
        }
        return input;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = clean(day);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = clean(month);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = clean(year);
    }

    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, if all three parts make a real one. */
    public Optional<LocalDate> date() {
        if (problem("Date") != null || isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    /**
     * What is wrong with a date that was at least partly filled in, or null if it is a real date or blank (the
     * caller decides whether a blank date is allowed).
     *
     * @param name how the form names the date, e.g. "Start date"
     */
    public String problem(String name) {
        if (isBlank()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return name + " must include a " + String.join(" and ", missing);
        }
        if (!isNumber(day) || !isNumber(month) || !isNumber(year)) {
            return name + " must be a real date";
        }
        if (year.length() != 4) {
            return name + " must include a year with 4 numbers, like 2025";
        }
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return null;
        } catch (DateTimeException e) {
            return name + " must be a real date";
        }
    }

    /** For the template: whether the day box is the one that is wrong (when only some boxes are). */
    public boolean dayWrong() {
        return day.isEmpty() || !isNumber(day) || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31;
    }

    public boolean monthWrong() {
        return month.isEmpty() || !isNumber(month) || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12;
    }

    public boolean yearWrong() {
        return year.length() != 4 || !isNumber(year);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(Character::isDigit);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
