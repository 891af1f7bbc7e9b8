package uk.headsup.recognition.internal.toolkits;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.FrameworkFormat;
import uk.headsup.assessment.FrameworkVersion;
import uk.headsup.assessment.Frameworks;
import uk.headsup.assessment.MalformedFramework;
import uk.headsup.recognition.RecognitionSchemes;
import uk.headsup.recognition.Scheme;

/**
 * A scheme's toolkit as a file: the version new applications get, downloaded in the engine's framework JSON or CSV
 * format, and a file imported through the engine ({@link Frameworks#importFile}) as the toolkit's next version. The import goes into
 * the scheme's own toolkit (a framework whose key starts {@value #OWN}); a scheme that borrows another module's
 * framework gets a toolkit of its own, {@code recognition-<scheme key>}, so that the schemes officer never changes,
 * say, the safeguarding audit's framework.
 */
@Service
@Transactional
public class Toolkits {

    static final String OWN = "recognition-";

    private final Frameworks frameworks;
    private final RecognitionSchemes schemes;

    Toolkits(Frameworks frameworks, RecognitionSchemes schemes) {
        this.frameworks = frameworks;
        this.schemes = schemes;
    }

    /** What the import did: the version made, and whether new applications get it (not if the scheme is held). */
    public record Imported(FrameworkVersion version, boolean inUse) {}

    /** The version new applications of the scheme start on; empty if its toolkit has none yet. */
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> current(Scheme scheme) {
        return scheme.startingVersion(frameworks.versions(scheme.frameworkKey()));
    }

    /** Every version of the scheme's toolkit, newest first. */
    @Transactional(readOnly = true)
    public List<FrameworkVersion> versions(Scheme scheme) {
        return frameworks.versions(scheme.frameworkKey());
    }

    @Transactional(readOnly = true)
    public String file(FrameworkVersion version, FrameworkFormat format) {
        return frameworks.export(version.id(), format);
    }

    /**
     * Imports the file as the next version of the scheme's toolkit and records it in the scheme's history; throws
     * {@link MalformedFramework} (every problem with its line and field) and saves nothing if the file is malformed.
     */
    public Imported importFile(Scheme scheme, FrameworkFormat format, byte[] content, String by) {
        String key = scheme.frameworkKey().startsWith(OWN) ? scheme.frameworkKey() : OWN + scheme.key();
        FrameworkVersion added = frameworks.importFile(key, format, content, by);
        if (!key.equals(scheme.frameworkKey())) {
            schemes.save(scheme.withToolkit(key, null), by);
        }
        schemes.noteChange(
                scheme.key(), "Toolkit file", null, "Imported " + added.title() + " as version " + added.number(), by);
        return new Imported(added, !key.equals(scheme.frameworkKey()) || scheme.frameworkVersion() == null);
    }
}
