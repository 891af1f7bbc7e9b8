package uk.headsup.directory.internal.contacts.web;

import uk.headsup.platform.DateInput;

/**
 * The date to show the authority's contacts on (today when none is given), and words to find in a contact's name,
 * title, topics or team, from the query string; {@link ContactsFormValidator} checks it. The words are stripped as
 * they are bound; a field missing from the request is blank.
 */
record ContactsForm(DateInput on, String q) {

    ContactsForm {
        on = on == null ? new DateInput() : on;
        q = q == null ? "" : q.strip();
    }
}
