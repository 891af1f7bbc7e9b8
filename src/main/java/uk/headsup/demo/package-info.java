/**
 * The demo county, Elmshire: fictional schools, settings, staff and officers loaded into an empty embedded
 * database so that a newcomer has something to explore. Never loaded on an external database or in production.
 * It loads its data through the public APIs of the modules listed below, and uses no other: its schools, settings,
 * staff and term dates as files ({@code src/main/resources/demo}) through the same imports a real authority uses.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo county",
        allowedDependencies = {
            "accounts",
            "assessment",
            "bulletins",
            "directory",
            "events",
            "inclusion",
            "recognition",
            "safeguarding",
            "wellbeing"
        })
package uk.headsup.demo;
