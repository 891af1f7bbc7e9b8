package uk.headsup.inclusion.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as spreadsheets write them: 01/09/2025 (or 1/9/2025) and 2025-09-01. */
public final class Dates {

    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private Dates() {}

    public static Optional<LocalDate> parse(String text) {
        String t = text.trim();
        try {
            return Optional.of(t.contains("/") ? LocalDate.parse(t, UK) : LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
