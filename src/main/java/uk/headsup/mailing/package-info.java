/**
 * Every email Heads Up sends: stored in one outbox before it is sent, then sent by workers that claim
 * messages through the database, over SMTP or, with no SMTP server configured, into a development outbox.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mailing",
        allowedDependencies = {"directory", "platform", "platform :: format"})
package uk.headsup.mailing;
