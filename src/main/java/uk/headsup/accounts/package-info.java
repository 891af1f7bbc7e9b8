/**
 * Who may do what: accounts and sign-in (password and passkeys for authority staff, an emailed one-time
 * link for school staff, OpenID Connect when configured), authority roles and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"directory", "mailing", "platform"})
package uk.headsup.accounts;
