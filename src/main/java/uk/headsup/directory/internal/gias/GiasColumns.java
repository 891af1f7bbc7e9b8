package uk.headsup.directory.internal.gias;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each column Heads Up reads sits in this file's header. GIAS releases add, drop and reorder columns, so
 * columns are found by name; a file without one of the four required columns is refused.
 */
final class GiasColumns {

    static final String URN = "URN";
    static final String TRUST_NAME = "Trusts (name)";
    static final List<String> REQUIRED = List.of(URN, "EstablishmentName", "LA (code)", "EstablishmentStatus (name)");

    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    GiasColumns(List<String> header) {
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
    }

    /** Required columns this file lacks, in the order GIAS lists them. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!index.containsKey(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Fields none of whose columns is in this file: an establishment keeps what it had for them. */
    Set<GiasField> absent() {
        Set<GiasField> absent = EnumSet.noneOf(GiasField.class);
        for (GiasField field : GiasField.ALL) {
            if (field.headers().stream().noneMatch(index::containsKey)) {
                absent.add(field);
            }
        }
        return absent;
    }

    /** The position of a column, or -1 if this file has no such column. */
    int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    List<String> header() {
        return header;
    }

    int size() {
        return header.size();
    }
}
