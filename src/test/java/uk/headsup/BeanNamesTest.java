package uk.headsup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Two modules may each have a class of the same simple name (a {@code Retention} job, an {@code Offers} store); as
 * beans they must still have different names, or the application does not start. Found here in a second rather
 * than by every integration test failing to start.
 */
class BeanNamesTest {

    @Test
    void everyComponentHasANameOfItsOwn() {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        var registry = new SimpleBeanDefinitionRegistry();
        var names = new AnnotationBeanNameGenerator();
        Map<String, List<String>> classesByName = scanner.findCandidateComponents("uk.headsup").stream()
                .collect(Collectors.groupingBy(
                        definition -> names.generateBeanName(definition, registry),
                        Collectors.mapping(definition -> definition.getBeanClassName(), Collectors.toList())));
        assertThat(classesByName.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList())
                .as("bean names taken by more than one class (give one an explicit name)")
                .isEmpty();
    }
}
