package uk.headsup.directory.internal.gias;

/**
 * One establishment as a GIAS file states it, in Heads Up's terms: a value per {@link GiasField} as text (dates as
 * ISO dates, the phase and status as Heads Up's names), null where GIAS has nothing.
 *
 * @param line where the record starts in the file
 * @param trustName the trust's name, which belongs to the trust's own organisation
 */
record GiasRow(int line, String urn, String[] values, String trustName) {

    String get(GiasField field) {
        return values[field.ordinal()];
    }

    String name() {
        return get(GiasField.NAME);
    }

    String laCode() {
        return get(GiasField.LA_CODE);
    }

    String trustCode() {
        return get(GiasField.TRUST);
    }
}
