package uk.headsup.platform.format;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import uk.headsup.platform.Authority;

/**
 * Accessible PDF documents (certificates, printable reports, letters) written from an XHTML Thymeleaf template
 * under {@code templates/} ({@code templates/events/certificate.xhtml} is one): tagged (PDF/UA-1) with the
 * template's title and language, a structure tree of headings, paragraphs and tables, and every font embedded
 * (PDF/A-3u). The template sees the variables given and {@code authority}.
 */
@Component
public class Pdf {

    private static final String FONT = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final TemplateEngine templates;
    private final Authority authority;

    Pdf(Authority authority) {
        this.authority = authority;
        this.templates = TemplateFiles.engine(TemplateMode.XML, ".xhtml");
    }

    /** Renders {@code templates/<template>.xhtml} with these variables into a PDF. */
    public byte[] render(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.UK);
        variables.forEach(context::setVariable);
        context.setVariable("authority", authority);
        String xhtml = templates.process(template, context);
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

    private static InputStream resource(String path) {
        InputStream in = Pdf.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing " + path);
        }
        return in;
    }
}
