package uk.headsup.platform.format;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf engines for files that are not web pages: {@code templates/<name><suffix>} on the class path, rendered in
 * one mode (XML for Atom feeds and the XHTML of PDFs, HTML and TEXT for emails), apart from the web's own engine.
 * In XML mode every value is escaped as XML.
 */
public final class TemplateFiles {

    private TemplateFiles() {}

    /** An engine for the templates under {@code templates/} whose names end with {@code suffix}, e.g. ".xml". */
    public static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
