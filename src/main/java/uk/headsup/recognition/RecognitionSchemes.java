package uk.headsup.recognition;

import java.util.List;
import java.util.Optional;

/** The schemes the authority runs, set up by the schemes officer; the demo county defines its two. */
public interface RecognitionSchemes {

    /** Adds the scheme, or replaces its description if one with the same key exists. */
    default void define(Scheme scheme) {
        save(scheme, null);
    }

    /**
     * Adds or replaces the scheme, recording who changed it and, when someone did, each setting they changed in the
     * scheme's history. Applications made already keep their toolkit.
     */
    void save(Scheme scheme, String by);

    /** Records a change that is not a setting of the form, such as a toolkit file imported, in the scheme's history. */
    void noteChange(String key, String setting, String before, String after, String by);

    /** The scheme's history, newest first. */
    List<SchemeChange> history(String key);

    List<Scheme> all();

    Optional<Scheme> find(String key);
}
