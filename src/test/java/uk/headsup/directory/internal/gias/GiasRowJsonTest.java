package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The establishment's row as kept beside it: every non-empty column by its header, read back as JSON. */
class GiasRowJsonTest {

    @Test
    void keepsEveryNonEmptyColumnWithQuotesBackslashesAndControlCharactersIntact() {
        String json = GiasImport.json(
                List.of("URN", "EstablishmentName", "Street", "Locality", "Note"),
                List.of("100000", "St \"Mary's\" C\\E School", "1 Road\r\nSecond line\t", " ", "bell\u0007"));
        @SuppressWarnings("unchecked")
        Map<String, String> read = JsonMapper.builder().build().readValue(json, Map.class);
        assertThat(read)
                .containsExactly(
                        Map.entry("URN", "100000"),
                        Map.entry("EstablishmentName", "St \"Mary's\" C\\E School"),
                        Map.entry("Street", "1 Road\r\nSecond line\t"),
                        Map.entry("Note", "bell\u0007"));
    }
}
