package uk.headsup.directory.internal.contacts;

import uk.headsup.platform.DateInput;

/** The date to show the authority's contacts on; today when none is given. */
public class ContactsForm {

    private DateInput on = new DateInput();

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on == null ? new DateInput() : on;
    }
}
