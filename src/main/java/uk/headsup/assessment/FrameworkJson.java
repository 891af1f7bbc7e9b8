package uk.headsup.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.assessment.Framework.Section;
import uk.headsup.assessment.Framework.Standard;
import uk.headsup.assessment.MalformedFramework.Problem;

/**
 * A framework as a JSON file, so that authorities can share them (the format is in docs/assessment.md). Reading
 * refuses a malformed file with the line and field of every problem found: bad JSON, an unknown field, a missing
 * field, a rating scale that is neither declared nor built in, a duplicate standard number, a descriptor for a
 * rating the scale does not have.
 */
public final class FrameworkJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private FrameworkJson() {}

    public static String write(Framework framework) {
        return JSON.writeValueAsString(framework);
    }

    /** The framework in this file, checked. */
    public static Framework read(String json) {
        Map<String, Integer> lines = lines(json);
        Framework framework;
        try {
            framework = JSON.readValue(json, Framework.class);
        } catch (JacksonException e) {
            Integer line = e instanceof DatabindException ? lines.get(pointer(e)) : null;
            if (line == null) {
                line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            }
            throw new MalformedFramework(List.of(new Problem(line, field(e), plain(e))));
        }
        if (framework == null) {
            throw new MalformedFramework(List.of(new Problem(1, "(file)", "The file is empty")));
        }
        List<Problem> problems = check(framework, lines);
        if (!problems.isEmpty()) {
            throw new MalformedFramework(problems);
        }
        return framework;
    }

    private static List<Problem> check(Framework f, Map<String, Integer> lines) {
        List<Problem> problems = new ArrayList<>();
        Checker c = new Checker(problems, lines);
        c.required("", "title", f.title());
        if (f.sections().isEmpty()) {
            c.problem("", "sections", "A framework needs at least one section");
        }
        Set<String> scaleKeys = new HashSet<>();
        for (int i = 0; i < f.scales().size(); i++) {
            RatingScale scale = f.scales().get(i);
            String at = "/scales/" + i;
            c.required(at, "key", scale.key());
            if (scale.key() != null && !scaleKeys.add(scale.key())) {
                c.problem(at, "key", "The rating scale \u201c" + scale.key() + "\u201d is declared twice");
            }
            if (scale.ratings().isEmpty()) {
                c.problem(at, "ratings", "A rating scale needs at least one rating");
            }
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < f.sections().size(); i++) {
            Section section = f.sections().get(i);
            String sat = "/sections/" + i;
            c.required(sat, "number", section.number());
            c.required(sat, "title", section.title());
            for (int j = 0; j < section.standards().size(); j++) {
                Standard s = section.standards().get(j);
                String at = sat + "/standards/" + j;
                c.required(at, "number", s.number());
                c.required(at, "statement", s.statement());
                if (s.number() != null && !s.number().isBlank() && !numbers.add(s.number())) {
                    c.problem(at, "number", "The standard number " + s.number() + " is used twice");
                }
                if (s.scale() == null || s.scale().isBlank()) {
                    c.problem(at, "scale", "Enter the rating scale of standard " + s.number());
                } else if (f.scale(s.scale()).isEmpty()) {
                    c.problem(
                            at,
                            "scale",
                            "The rating scale \u201c" + s.scale() + "\u201d of standard " + s.number()
                                    + " is unknown: use rag, met, levels or yes-no, or declare it under scales");
                } else {
                    RatingScale scale = f.scale(s.scale()).get();
                    for (String rating : s.descriptors().keySet()) {
                        if (scale.rating(rating).isEmpty()) {
                            c.problem(
                                    at + "/descriptors",
                                    rating,
                                    "Standard " + s.number() + " describes a rating \u201c" + rating
                                            + "\u201d that its scale " + scale.key() + " does not have");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private record Checker(List<Problem> problems, Map<String, Integer> lines) {
        void required(String at, String name, String value) {
            if (value == null || value.isBlank()) {
                problem(at, name, "The field " + name + " is missing or empty");
            }
        }

        void problem(String at, String name, String message) {
            Integer line = lines.get(at + "/" + name);
            if (line == null) {
                line = lines.getOrDefault(at, 1);
            }
            problems.add(new Problem(line, readable(at + "/" + name), message));
        }
    }

    /** The line each value starts on, by its JSON pointer. */
    private static Map<String, Integer> lines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String pointer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? containerPointer(parser)
                        : parser.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            // reported with its line when the file is bound
        }
        return lines;
    }

    /** The pointer of the object or array that has just started, which is where its parent points. */
    private static String containerPointer(JsonParser parser) {
        var parent = parser.streamReadContext().getParent();
        return parent == null ? "" : parent.pathAsPointer().toString();
    }

    /** {@code /sections/2/standards/0/scale} as {@code sections[2].standards[0].scale}. */
    static String readable(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(part);
            }
        }
        return out.isEmpty() ? "(file)" : out.toString();
    }

    private static String pointer(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
        }
        return out.toString();
    }

    private static String field(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "(file)" : out.toString();
    }

    private static String plain(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "The file is not valid JSON";
        }
        if (message.startsWith("Unrecognized property")) {
            return "This field is not part of the framework format";
        }
        if (message.contains("not one of the values accepted")) {
            return "Unknown value: use one of MAINTAINED_SCHOOL, ACADEMY, INDEPENDENT_SCHOOL, PUPIL_REFERRAL_UNIT,"
                    + " EARLY_YEARS_SETTING";
        }
        int newline = message.indexOf('\n');
        return "The file is not valid here: " + (newline > 0 ? message.substring(0, newline) : message);
    }
}
