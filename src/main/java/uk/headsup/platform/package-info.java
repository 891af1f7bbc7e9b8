/**
 * What every module stands on: the database (embedded or external), the web layout and its security
 * headers, and the settings that name the authority.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package uk.headsup.platform;
