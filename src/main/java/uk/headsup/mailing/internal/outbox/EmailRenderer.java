package uk.headsup.mailing.internal.outbox;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.EmailTemplates;
import uk.headsup.mailing.RenderedEmail;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.TemplateFiles;

/** Renders an email's HTML and plain-text parts from its pair of templates, outside any web request. */
@Component
public class EmailRenderer implements EmailTemplates {

    private final TemplateEngine html;
    private final TemplateEngine text;
    private final Authority authority;
    private final Site site;

    EmailRenderer(Authority authority, Site site) {
        this.html = TemplateFiles.engine(TemplateMode.HTML, ".html");
        this.text = TemplateFiles.engine(TemplateMode.TEXT, ".txt");
        this.authority = authority;
        this.site = site;
    }

    Rendered render(Email email) {
        return parts(email.template(), email.subject(), email.model());
    }

    private Rendered parts(String template, String subject, Map<String, Object> model) {
        Context context = new Context(Locale.UK);
        context.setVariables(model);
        context.setVariable("authority", authority);
        context.setVariable("site", site);
        context.setVariable("subject", subject);
        return new Rendered(html.process(template, context), text.process(template, context));
    }

    @Override
    public RenderedEmail render(String template, String subject, Map<String, Object> model) {
        Rendered parts = parts(template, subject, model);
        return new RenderedEmail(subject, parts.html(), parts.text());
    }

    record Rendered(String html, String text) {}
}
