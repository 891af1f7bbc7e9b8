package uk.headsup.bulletins.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import uk.headsup.platform.format.CalendarFile;

/** Deadlines as an iCalendar file: one day-long entry on each deadline, written by {@link CalendarFile}. */
final class Calendar {

    private Calendar() {}

    static String of(List<Attention.Item> items, String host, Function<String, String> link, Instant now) {
        List<CalendarFile.Day> days = items.stream()
                .map(item -> new CalendarFile.Day(
                        "bulletin-article-" + item.articleId() + "-deadline@" + host,
                        item.deadline(),
                        "Deadline: " + item.text(),
                        "From “" + item.articleTitle() + "” (" + item.edition() + "): "
                                + link.apply(item.articlePath()),
                        item.url().startsWith("/") ? link.apply(item.url()) : item.url()))
                .toList();
        return CalendarFile.writeString("Heads Up//Bulletins", "Heads Up deadlines", null, now, days);
    }
}
