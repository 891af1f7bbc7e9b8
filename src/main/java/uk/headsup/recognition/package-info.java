/** Inclusion recognition schemes: the Early Years Inclusion Kitemark and the SEND and Inclusion Quality Mark. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recognition",
        allowedDependencies = {
            "assessment",
            "directory",
            "accounts",
            "bulletins",
            "events",
            "mailing",
            "platform",
            "platform :: format"
        })
package uk.headsup.recognition;
