package uk.headsup.accounts.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long an emailed sign-in link works
 * @param linksPerAddressPerWindow sign-in links one address may be sent in a rate window
 * @param linksPerClientPerWindow sign-in links one client (IP address) may ask for in a rate window
 * @param maxFailedPasswords wrong passwords in a row before an account locks
 * @param lockout how long it then stays locked
 */
@ConfigurationProperties("headsup.sign-in")
record SignInSettings(
        @DefaultValue("15m") Duration linkValidity,
        @DefaultValue("5") int linksPerAddressPerWindow,
        @DefaultValue("30") int linksPerClientPerWindow,
        @DefaultValue("15m") Duration rateWindow,
        @DefaultValue("5") int maxFailedPasswords,
        @DefaultValue("15m") Duration lockout) {}
