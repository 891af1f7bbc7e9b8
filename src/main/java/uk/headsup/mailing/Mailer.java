package uk.headsup.mailing;

/** The one way out for email: a message is stored in the outbox, in the caller's transaction, then sent. */
public interface Mailer {

    void send(Email email);
}
