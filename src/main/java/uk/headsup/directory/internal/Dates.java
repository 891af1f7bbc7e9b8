package uk.headsup.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Today in the UK, and dates as people in the UK write them ("1 September 2025"). */
@Component
public class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
