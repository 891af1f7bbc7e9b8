package uk.headsup.platform;

import java.time.LocalDate;

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
        DISMISSED
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
