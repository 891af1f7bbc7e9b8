package uk.headsup.accounts.internal.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long an emailed sign-in link works
 * @param linksPerAddressPerWindow sign-in links one address may be sent in a rate window
 * @param linksPerClientPerWindow sign-in links one client (IP address) may ask for in a rate window
 * @param maxFailedPasswords wrong passwords for one address from one client before each further try waits
 * @param lockout the longest wait between tries for one address from one client (the waits double up to it)
 * @param passwordsPerClientPerWindow wrong passwords one client may enter in a rate window, for any addresses
 */
@ConfigurationProperties("headsup.sign-in")
public record SignInSettings(
        @DefaultValue("15m") Duration linkValidity,
        @DefaultValue("5") int linksPerAddressPerWindow,
        @DefaultValue("30") int linksPerClientPerWindow,
        @DefaultValue("15m") Duration rateWindow,
        @DefaultValue("5") int maxFailedPasswords,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int passwordsPerClientPerWindow) {}
