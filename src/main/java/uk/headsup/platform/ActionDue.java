package uk.headsup.platform;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import uk.headsup.platform.format.CalendarFile;

/**
 * Something a school or setting user has been asked to do by a date, such as "Register for the headteachers'
 * conference by 5 June". The module that asked keeps whether it is done or dismissed.
 *
 * @param link where to do it (a page of this site, a form, or a mailto: address)
 * @param source who asked, such as "Heads Up 142"
 * @param manageLink the owner's page listing these items, where they are marked done or dismissed
 */
public record ActionDue(String title, LocalDate due, String link, String source, String manageLink, Status status) {

    public enum Status {
        OPEN,
        DONE,
        DISMISSED;

        public boolean isDone() {
            return this == DONE;
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /**
     * This item as a day-long calendar entry on its date (it must have one), with a UID made from its address and
     * title, so that a calendar program updates it rather than adding it twice, and so that the downloaded deadlines
     * file and a subscribed feed give the same entry the same UID.
     *
     * @param host this site's host name, which ends the UID
     * @param link makes a site path a full address
     */
    public CalendarFile.Day calendarDay(String host, UnaryOperator<String> link) {
        String url = this.link.startsWith("/") ? link.apply(this.link) : this.link;
        return new CalendarFile.Day(
                "due-" + UUID.nameUUIDFromBytes((this.link + "|" + title).getBytes(StandardCharsets.UTF_8)) + "@"
                        + host,
                due,
                "Deadline: " + title,
                "From " + source + ": " + url,
                url);
    }
}
