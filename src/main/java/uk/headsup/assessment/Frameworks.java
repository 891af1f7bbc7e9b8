package uk.headsup.assessment;

import java.util.List;
import java.util.Optional;

/** Frameworks and their versions. */
public interface Frameworks {

    /** A new version of the framework with this key (the first if there is none yet). */
    FrameworkVersion add(String key, Framework framework, String by);

    /** A new version read from a JSON file; throws {@link MalformedFramework} and saves nothing if it is malformed. */
    FrameworkVersion importJson(String key, String json, String by);

    String exportJson(long versionId);

    /**
     * A new version read from an uploaded file in either format; throws {@link MalformedFramework} and saves nothing
     * if it is malformed.
     */
    FrameworkVersion importFile(String key, FrameworkFormat format, byte[] content, String by);

    /** A version as a file in either format. */
    String export(long versionId, FrameworkFormat format);

    Optional<FrameworkVersion> version(long id);

    /** The key of every framework, in order. */
    List<String> keys();

    /** Every version of a framework, newest first. */
    List<FrameworkVersion> versions(String key);

    /** A new, unfrozen version with the same content, to edit for next year. */
    FrameworkVersion copy(long versionId, String by);

    /** Replaces the content of an unfrozen version; throws {@link FrameworkFrozen} if a response uses it. */
    FrameworkVersion revise(long versionId, Framework framework);

    /** What changed from one version to another. */
    List<FrameworkChange> changes(long fromVersionId, long toVersionId);

    /** The version cannot change: responses use it. */
    class FrameworkFrozen extends RuntimeException {
        public FrameworkFrozen(FrameworkVersion version) {
            super("Version " + version.number() + " of " + version.title()
                    + " is in use by responses and cannot change: copy it to a new version");
        }
    }
}
