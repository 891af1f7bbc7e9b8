/** The weekly Heads Up, daily briefings and specials: editions, articles, approval, the archive. */
@org.springframework.modulith.ApplicationModule(displayName = "Bulletins")
package uk.headsup.bulletins;
