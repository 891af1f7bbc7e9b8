package uk.headsup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.Accounts;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignInHint;
import uk.headsup.assessment.Frameworks;
import uk.headsup.directory.OfstedGrade;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

/**
 * The demo county's two recognition schemes, their toolkits imported from the framework files under
 * {@code recognition/}, and a schemes officer to run them.
 */
@Component
class DemoRecognition implements SmartLifecycle, SignInHint.Source {

    private static final Logger log = LoggerFactory.getLogger(DemoRecognition.class);
    static final String OFFICER = "amira.haddad@elmshire.example";
    private static final String OFFICER_NAME = "Amira Haddad";

    private final DemoCounty county;
    private final Frameworks frameworks;
    private final RecognitionSchemes schemes;
    private final Accounts accounts;
    private volatile boolean loaded;

    DemoRecognition(DemoCounty county, Frameworks frameworks, RecognitionSchemes schemes, Accounts accounts) {
        this.county = county;
        this.frameworks = frameworks;
        this.schemes = schemes;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void start() {
        loaded = true;
        if (!county.enabled() || !schemes.all().isEmpty()) {
            return;
        }
        if (!accounts.hasAuthorityAccount(OFFICER)) {
            accounts.createAuthorityAccount(
                    OFFICER, OFFICER_NAME, EnumSet.of(AuthorityRole.SCHEMES_OFFICER), DemoCounty.PASSWORD);
        }
        frameworks.importJson("recognition-kitemark", read("recognition/kitemark.json"), OFFICER);
        frameworks.importJson("recognition-quality-mark", read("recognition/quality-mark.json"), OFFICER);
        schemes.define(new Scheme(
                "kitemark",
                "Early Years Inclusion Kitemark",
                EnumSet.of(Scheme.Applicants.EARLY_YEARS),
                "For early years settings and childminders: targeted SEND provision, partnership with families and"
                        + " an inclusive ethos.",
                "recognition-kitemark",
                null,
                OfstedGrade.GOOD,
                List.of(),
                Scheme.DEFAULT_AWARD_YEARS,
                false));
        schemes.define(new Scheme(
                "quality-mark",
                "SEND and Inclusion Quality Mark",
                EnumSet.of(Scheme.Applicants.PRIMARY_GROUP, Scheme.Applicants.SECONDARY_DEPARTMENT),
                "For groups of three to six primary schools in one district or trust, evaluating eight elements of"
                        + " inclusive practice together, and for departments and faculties of secondary schools.",
                "recognition-quality-mark",
                null,
                null,
                List.of(),
                Scheme.DEFAULT_AWARD_YEARS,
                true));
        log.info("Demo recognition schemes loaded: the Kitemark and the Quality Mark with their toolkits");
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SignInHint> hints() {
        return county.enabled()
                ? List.of(new SignInHint(OFFICER, OFFICER_NAME + ", Inclusion Schemes Officer", DemoCounty.PASSWORD))
                : List.of();
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return loaded;
    }

    /** After the county (phase 0), before the web server takes requests. */
    @Override
    public int getPhase() {
        return DemoCounty.PHASE + 1;
    }
}
