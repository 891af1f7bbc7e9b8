package uk.headsup.mailing;

/** One message as rendered: its subject, its HTML part and its plain-text part. */
public record RenderedEmail(String subject, String html, String text) {}
