package uk.headsup.mailing;

import java.util.Map;

/**
 * Renders a module's own pair of email templates, {@code templates/<template>.html} and {@code .txt}, as mailing
 * renders its own: the model also holds {@code authority}, {@code site} and {@code subject}, so an HTML template can
 * use mailing's layout ({@code th:replace="~{mailing/email-layout :: email(~{::main})}"}: table layout, inline CSS,
 * 600 px, dark mode, {@code lang="en-GB"}, the authority's footer).
 */
public interface EmailTemplates {

    RenderedEmail render(String template, String subject, Map<String, Object> model);
}
