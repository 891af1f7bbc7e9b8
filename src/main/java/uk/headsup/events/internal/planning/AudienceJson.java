package uk.headsup.events.internal.planning;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.directory.Audience;

/** An audience as stored with an event: its criteria as JSON, resolved by the directory on the day it is used. */
public final class AudienceJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AudienceJson() {}

    public static String write(Audience audience) {
        return JSON.writeValueAsString(audience);
    }

    public static Audience read(String json) {
        return JSON.readValue(json, Audience.class);
    }

    static String writeList(List<String> list) {
        return JSON.writeValueAsString(list);
    }

    @SuppressWarnings("unchecked")
    static List<String> readList(String json) {
        return JSON.readValue(json, List.class);
    }
}
