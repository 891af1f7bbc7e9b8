package uk.headsup.directory.internal.csvimport;

import java.util.Arrays;
import java.util.List;

/**
 * Where a directory import stands (the {@code directory_imports.status} column), for the CSV imports and GIAS alike.
 * An import that reads the file starts RUNNING and becomes DONE in the same transaction; one that wrote nothing is
 * recorded at once as REFUSED (the file or the moment was wrong) or FAILED (we were: its transaction rolled back).
 */
public enum ImportStatus {
    RUNNING("Running"),
    DONE("Done"),
    REFUSED("Refused"),
    FAILED("Failed");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a running import finishes; refused and failed ones are recorded as such and never run. */
    public boolean mayBecome(ImportStatus next) {
        return this == RUNNING && next == DONE;
    }

    /** Whether an import is recorded in this status at once, having written nothing to the directory. */
    public boolean wroteNothing() {
        return this == REFUSED || this == FAILED;
    }

    /** The names of the statuses that may become {@code next}, for an update's {@code where status in (...)}. */
    public static List<String> namesThatMayBecome(ImportStatus next) {
        return Arrays.stream(values())
                .filter(status -> status.mayBecome(next))
                .map(ImportStatus::name)
                .toList();
    }
}
