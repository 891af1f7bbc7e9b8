/**
 * Exclusions, alternative provision and outcomes: schools notify exclusions, the authority tracks their deadlines
 * in school days on its own term dates, commissions alternative provision and reports what became of excluded
 * pupils per excluding school. Holds data about children: who reads a pupil is logged, records are deleted on
 * schedule.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Inclusion",
        allowedDependencies = {"platform", "platform :: format", "accounts", "bulletins", "directory"})
package uk.headsup.inclusion;
