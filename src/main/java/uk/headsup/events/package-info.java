/** Conferences, training, briefings and statutory meetings, with bookings that never oversell. */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package uk.headsup.events;
