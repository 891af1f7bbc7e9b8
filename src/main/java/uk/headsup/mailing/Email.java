package uk.headsup.mailing;

import java.util.Map;

/**
 * An email to one recipient, written as a pair of templates: {@code templates/<template>.html} and
 * {@code templates/<template>.txt}, both given the model.
 *
 * @param kind what the message is for, e.g. "sign-in-link", shown in the outbox
 */
public record Email(String kind, String to, String subject, String template, Map<String, Object> model) {}
