package uk.headsup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * Templates and types agree. Every type a template names in a {@code T(...)} expression exists: a class moved to
 * another package otherwise breaks its pages only when someone opens them ("Sorry, there is a problem with the
 * service"). And a template asks a type what state something is in ({@code place.attended()},
 * {@code page.expired()}) rather than comparing its status or kind to a string: the rule then lives in the type, where
 * the compiler and its unit test see it, and a renamed constant cannot quietly make a page show the wrong thing.
 */
class TemplateTypesTest {

    private static final Pattern TYPE = Pattern.compile("T\\((uk\\.headsup\\.[A-Za-z0-9_.$]+)\\)");

    private static final String COMPARED = "(==|!=|\\beq\\b|\\bne\\b)";

    /**
     * A state compared as a string: what a method or property returns against a word ({@code l.outcome() ==
     * 'ADDED'}, {@code f.outcome == 'returned'}), anything against a constant's name ({@code check == 'USED'}), a
     * {@code th:case} on a quoted word, or a {@code th:switch} on an enum's name.
     */
    private static final Pattern STRING_STATE = Pattern.compile(String.join(
            "|",
            "(\\)|\\.[A-Za-z_]\\w*)\\s*" + COMPARED + "\\s*'[A-Za-z_]+'",
            "'[A-Za-z_]+'\\s*" + COMPARED + "\\s*[A-Za-z_][\\w.]*\\(?",
            COMPARED + "\\s*'[A-Z][A-Z0-9_]+'",
            "th:case=\"'[^']*'\"",
            "th:switch=\"[^\"]*\\.name\\(\\)[^\"]*\""));

    /**
     * Comparisons that look like a state but are not one: a form problem's field name is the name of an input, not
     * a state.
     */
    private static final List<String> NOT_STATES = List.of("field() == 'body'");

    @Test
    void everyTypeATemplateNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher m = TYPE.matcher(Files.readString(template));
                while (m.find()) {
                    named++;
                    if (!ClassUtils.isPresent(m.group(1), getClass().getClassLoader())) {
                        missing.add(template + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(0);
        assertThat(missing).as("types named in templates that do not exist").isEmpty();
    }

    @Test
    void templatesAskTypesForStatesRatherThanComparingStrings() throws IOException {
        List<String> compared = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = STRING_STATE.matcher(lines.get(i));
                    while (m.find()) {
                        String around = lines.get(i).substring(Math.max(0, m.start() - 20), m.end());
                        if (NOT_STATES.stream().noneMatch(around::contains)) {
                            compared.add(template + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(compared)
                .as("templates comparing a state to a string: ask the type (an enum's or record's method) instead")
                .isEmpty();
    }

    @Test
    void theStringStateCheckCatchesWhatItIsFor() {
        assertThat(STRING_STATE.matcher("${l.outcome() == 'REJECTED'}").find()).isTrue();
        assertThat(STRING_STATE.matcher("${sitting.mark(p.id()) == 'ATTENDED'}").find())
                .isTrue();
        assertThat(STRING_STATE.matcher("${f.outcome == 'returned'}").find()).isTrue();
        assertThat(STRING_STATE.matcher("${check != 'UNKNOWN'}").find()).isTrue();
        assertThat(STRING_STATE.matcher("${'SCHOOL' eq p.commissionedBy()}").find())
                .isTrue();
        assertThat(STRING_STATE.matcher("<span th:case=\"'CONFIRMED'\">").find())
                .isTrue();
        assertThat(STRING_STATE.matcher("th:switch=\"${mine.status().name()}\"").find())
                .isTrue();
        assertThat(STRING_STATE.matcher("${view == 'list'}").find()).isFalse();
        assertThat(STRING_STATE.matcher("${type == 'password'}").find()).isFalse();
        assertThat(STRING_STATE.matcher("${show == ''}").find()).isFalse();
        assertThat(STRING_STATE.matcher("${place.attended()}").find()).isFalse();
    }
}
