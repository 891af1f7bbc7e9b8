package uk.headsup.events.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.headsup.platform.Authority;

/**
 * Certificates of attendance as accessible PDF: tagged (PDF/UA-1) with a title, the language en-GB, a structure
 * tree of headings and paragraphs, and every font embedded (PDF/A-3u), written from an XHTML template.
 */
@Component
public class Certificates {

    private static final String FONT = "events/fonts/DejaVuSans.ttf";
    private static final String BOLD = "events/fonts/DejaVuSans-Bold.ttf";

    private final TemplateEngine templates;
    private final Authority authority;

    Certificates(Authority authority) {
        this.authority = authority;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    public String title(Event event, Place place) {
        return "Certificate of attendance: " + place.attendeeName() + ", " + event.title();
    }

    public byte[] pdf(Event event, Place place) {
        Context context = new Context(Locale.UK);
        context.setVariable("title", title(event, place));
        context.setVariable("event", event);
        context.setVariable("place", place);
        context.setVariable("authority", authority);
        context.setVariable("dates", dates(event));
        String xhtml = templates.process("events/certificate", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
            builder.useFont(() -> resource(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> resource(BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dates(Event event) {
        if (event.sessions().size() <= 1) {
            return UkTime.day(event.startsAt());
        }
        return event.sessions().stream()
                .map(s -> UkTime.shortDay(s.startsAt()))
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static InputStream resource(String path) {
        InputStream in = Certificates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing " + path);
        }
        return in;
    }
}
