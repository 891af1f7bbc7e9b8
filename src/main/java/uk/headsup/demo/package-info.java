/**
 * The demo county, Elmshire: fictional schools, settings, staff and officers loaded into an empty embedded
 * database so that a newcomer has something to explore. Never loaded on an external database or in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo county")
package uk.headsup.demo;
