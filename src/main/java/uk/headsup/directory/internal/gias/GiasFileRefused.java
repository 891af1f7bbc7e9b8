package uk.headsup.directory.internal.gias;

/** A file that cannot be imported at all (no header, a required column missing): nothing of it is written. */
class GiasFileRefused extends RuntimeException {

    GiasFileRefused(String message) {
        super(message);
    }
}
