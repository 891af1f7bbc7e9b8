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
 * Every type a template names in a {@code T(...)} expression exists: a class moved to another package otherwise
 * breaks its pages only when someone opens them ("Sorry, there is a problem with the service").
 */
class TemplateTypesTest {

    private static final Pattern TYPE = Pattern.compile("T\\((uk\\.headsup\\.[A-Za-z0-9_.$]+)\\)");

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
}
