package uk.headsup.recognition.internal.register.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import uk.headsup.platform.Authority;
import uk.headsup.platform.Site;
import uk.headsup.platform.format.TemplateFiles;

/**
 * The Atom feed of new awards (RFC 4287), written by the template {@code templates/recognition/register-feed.xml} in
 * Thymeleaf's XML mode, which escapes every value: markup lives in templates, never in a StringBuilder.
 */
@Component
class RegisterFeed {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final TemplateEngine templates;
    private final Site site;
    private final Authority authority;

    RegisterFeed(Site site, Authority authority) {
        this.site = site;
        this.authority = authority;
        this.templates = TemplateFiles.engine(TemplateMode.XML, ".xml");
    }

    String render(List<RegisterController.Entry> entries) {
        Context context = new Context(Locale.UK);
        context.setVariable("entries", entries);
        context.setVariable("authority", authority);
        context.setVariable("register", site.link("/recognition/register"));
        context.setVariable("self", site.link("/recognition/register.atom"));
        context.setVariable(
                "updated",
                entries.stream()
                        .map(e -> e.awarded().atStartOfDay(UK).toInstant())
                        .max(Instant::compareTo)
                        .orElse(Instant.EPOCH));
        context.setVariable("zone", UK);
        return templates.process("recognition/register-feed", context);
    }
}
