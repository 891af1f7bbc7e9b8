package uk.headsup.recognition.internal.awards;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.headsup.platform.format.Pdf;
import uk.headsup.recognition.Scheme;

/** An award's certificate as an accessible PDF ({@link Pdf}), from {@code templates/recognition/certificate.xhtml}. */
@Component
public class AwardCertificates {

    private final Pdf pdf;

    AwardCertificates(Pdf pdf) {
        this.pdf = pdf;
    }

    public static String title(Award award, Scheme scheme) {
        return scheme.name() + ": " + award.name();
    }

    public byte[] pdf(Award award, Scheme scheme) {
        return pdf.render(
                "recognition/certificate",
                Map.of(
                        "title", title(award, scheme),
                        "award", award,
                        "scheme", scheme,
                        "awarded", Awards.DAY.format(award.startsOn()),
                        "expires", Awards.DAY.format(award.expiresOn())));
    }
}
