/** The annual section 175/157 safeguarding self-assessment audit, its analysis and the support it leads to. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Safeguarding",
        allowedDependencies = {
            "assessment",
            "accounts",
            "directory",
            "events",
            "mailing",
            "platform",
            "platform :: format"
        })
package uk.headsup.safeguarding;
