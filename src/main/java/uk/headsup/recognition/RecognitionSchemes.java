package uk.headsup.recognition;

import java.util.List;
import java.util.Optional;

/** The schemes the authority runs; the demo county defines its two. */
public interface RecognitionSchemes {

    /** Adds the scheme, or replaces its description if one with the same key exists. */
    void define(Scheme scheme);

    List<Scheme> all();

    Optional<Scheme> find(String key);
}
