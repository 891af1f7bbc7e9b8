package uk.headsup.directory;

import java.util.Collection;
import java.util.List;

/**
 * The authority's files imported as an upload or the GIAS command imports them, with the same checks and the same
 * reports (see {@code docs/directory-imports.md}), for loaders such as the demo county.
 */
public interface DirectoryImports {

    /** A GIAS establishment fields file, keeping the establishments of these local authorities (GIAS codes). */
    Outcome gias(String fileName, byte[] content, Collection<String> laCodes, String startedBy);

    /** The early years register: settings and childminders. */
    Outcome earlyYearsRegister(String fileName, byte[] content, String startedBy);

    /** People and their roles at schools and settings. */
    Outcome people(String fileName, byte[] content, String startedBy);

    /**
     * What an import did: how many rows it added, and its problems: why the file was refused or failed, or each
     * rejected row as "Line N: reason" (the reason names the column).
     */
    record Outcome(String fileName, int added, List<String> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        /** This outcome, if the whole file imported; otherwise an exception that lists every problem. */
        public Outcome requireEveryRow() {
            if (!problems.isEmpty()) {
                throw new IllegalStateException(fileName + " did not import cleanly: " + String.join("; ", problems));
            }
            return this;
        }
    }
}
