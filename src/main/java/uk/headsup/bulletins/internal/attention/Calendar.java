package uk.headsup.bulletins.internal.attention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.headsup.platform.ActionDue;
import uk.headsup.platform.format.CalendarFile;

/** Deadlines as an iCalendar file: one day-long entry on each deadline, written by {@link CalendarFile}. */
public final class Calendar {

    private Calendar() {}

    static String of(List<Attention.Item> items, String host, Function<String, String> link, Instant now) {
        return of(items, List.of(), host, link, now);
    }

    /**
     * The bulletins' deadlines and, after them, those other modules ask of the same person ({@link ActionDue}, such
     * as a safeguarding audit return): each a day-long entry on its date, with a UID made from its address and
     * title so that a calendar program updates it rather than adding it twice.
     */
    public static String of(
            List<Attention.Item> items,
            List<ActionDue> others,
            String host,
            Function<String, String> link,
            Instant now) {
        List<CalendarFile.Day> days = new ArrayList<>();
        for (Attention.Item item : items) {
            days.add(new CalendarFile.Day(
                    "bulletin-article-" + item.articleId() + "-deadline@" + host,
                    item.deadline(),
                    "Deadline: " + item.text(),
                    "From “" + item.articleTitle() + "” (" + item.edition() + "): " + link.apply(item.articlePath()),
                    item.url().startsWith("/") ? link.apply(item.url()) : item.url()));
        }
        for (ActionDue due : others) {
            days.add(due.calendarDay(host, link::apply));
        }
        return CalendarFile.writeString("Heads Up//Bulletins", "Heads Up deadlines", null, now, days);
    }
}
