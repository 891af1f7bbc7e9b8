package uk.headsup.directory.internal.gias;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.headsup.directory.Phase;

/** What changed between two versions of an establishment, by topic, in words a reader of the report uses. */
final class GiasTopics {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private GiasTopics() {}

    /** The topics whose fields differ, in the order of {@link GiasField}. */
    static Set<String> changed(String[] before, String[] after) {
        Set<String> topics = new LinkedHashSet<>();
        for (GiasField field : GiasField.ALL) {
            if (!Objects.equals(before[field.ordinal()], after[field.ordinal()])) {
                topics.add(field.topic());
            }
        }
        return topics;
    }

    /** A topic's value as one line of text, e.g. the whole address; null when there is nothing. */
    static String describe(String topic, String[] values, String trustName) {
        List<String> parts = new ArrayList<>();
        for (GiasField field : GiasField.ALL) {
            if (field.topic().equals(topic) && values[field.ordinal()] != null) {
                parts.add(text(field, values[field.ordinal()]));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return switch (topic) {
            case "trust" -> trustName == null ? parts.get(0) : trustName + " (" + parts.get(0) + ")";
            case "local authority", "district" ->
                parts.size() == 2 ? parts.get(1) + " (" + parts.get(0) + ")" : parts.get(0);
            case "age range" -> String.join(" to ", parts);
            default -> String.join(", ", parts);
        };
    }

    private static String text(GiasField field, String value) {
        return switch (field) {
            case STATUS -> statusLabel(value);
            case PHASE -> Phase.valueOf(value).label();
            case OPENED_ON, CLOSED_ON, LAST_CHANGED -> LocalDate.parse(value).format(DAY);
            default -> value;
        };
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "OPEN" -> "Open";
            case "CLOSED" -> "Closed";
            case "PROPOSED_TO_CLOSE" -> "Open, but proposed to close";
            case "PROPOSED_TO_OPEN" -> "Proposed to open";
            default -> status;
        };
    }
}
