package uk.headsup.directory.internal.gias;

/** A record of a GIAS file that cannot be imported; the reason names the column and the value. */
class RowRejected extends Exception {

    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
