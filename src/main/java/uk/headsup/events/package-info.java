/** Conferences, training, briefings and statutory meetings, with bookings that never oversell. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Events",
        allowedDependencies = {"accounts", "directory", "mailing", "platform", "platform :: format"})
package uk.headsup.events;
