/** The weekly Heads Up, daily briefings and specials: editions, articles, approval, the archive. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Bulletins",
        allowedDependencies = {"accounts", "directory", "events", "mailing", "platform", "platform :: format"})
package uk.headsup.bulletins;
