package uk.headsup;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One shape inside every module: the feature packages under a module's {@code internal} (each with its own
 * {@code web/}) depend on each other one way only, so that each can be read, and moved, on its own. Where one
 * feature needs something from a feature that uses it, an interface in the first, implemented in the second, turns
 * the dependency round (as {@code bulletins.internal.articles.Placements} does).
 */
class FeaturePackagesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.headsup");

    @Test
    void theFeaturesInsideAModuleDoNotFormCycles() {
        slices().matching("uk.headsup.(*).internal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
