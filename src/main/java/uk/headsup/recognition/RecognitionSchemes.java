package uk.headsup.recognition;

import java.util.List;
import java.util.Optional;

/** The schemes the authority runs, set up by the schemes officer; the demo county defines its two. */
public interface RecognitionSchemes {

    /** Adds the scheme, or replaces its description if one with the same key exists. */
    default void define(Scheme scheme) {
        save(scheme, null);
    }

    /** Adds or replaces the scheme, recording who changed it. Applications made already keep their toolkit. */
    void save(Scheme scheme, String by);

    List<Scheme> all();

    Optional<Scheme> find(String key);
}
