package uk.headsup.directory.internal.contacts;

import uk.headsup.platform.DateInput;

/** The date to show the authority's contacts on (today when none is given), and what to search them for. */
public class ContactsForm {

    private DateInput on = new DateInput();
    private String q = "";

    /** Words to find in a contact's name, title, topics or team. */
    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on == null ? new DateInput() : on;
    }
}
