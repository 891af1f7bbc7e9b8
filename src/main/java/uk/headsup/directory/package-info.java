/**
 * Who is who: the authority and its teams, schools, early years settings and childminders, and the
 * people with their roles at each, which every other module reads.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {"platform", "platform :: format"})
package uk.headsup.directory;
