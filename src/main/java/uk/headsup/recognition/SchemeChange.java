package uk.headsup.recognition;

import java.time.Instant;

/**
 * One change to a scheme, for its history: who changed which setting when.
 *
 * @param before the setting as it was, in words; null when the scheme was set up or for a toolkit file imported
 */
public record SchemeChange(Instant at, String by, String setting, String before, String after) {}
