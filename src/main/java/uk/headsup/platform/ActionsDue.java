package uk.headsup.platform;

import java.util.List;

/**
 * A module that asks school and setting users to do things by a date (bulletins' calls to action, events'
 * registrations): the school user's home page lists the open items of every such bean, soonest first.
 */
public interface ActionsDue {

    /** The items for the person with this work email, open ones included whatever their date. */
    List<ActionDue> actionsDue(String email);
}
