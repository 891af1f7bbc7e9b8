/**
 * Leadership wellbeing: the support offers every head can find, confidential requests for brokered support that only
 * wellbeing coordinators see, their retention, peer groups run as events whose attendees only the coordinator sees,
 * and uptake counted without exposing anyone.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Wellbeing",
        allowedDependencies = {"platform", "accounts", "directory", "mailing", "events"})
package uk.headsup.wellbeing;
