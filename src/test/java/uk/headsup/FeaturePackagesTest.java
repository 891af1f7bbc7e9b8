package uk.headsup;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One shape inside every module: the feature packages under a module's {@code internal} (each with its own
 * {@code web/}) depend on each other one way only, so that each can be read, and moved, on its own. Where one
 * feature needs something from a feature that uses it, an interface in the first, implemented in the second, turns
 * the dependency round (as {@code bulletins.internal.articles.Placements} does).
 */
class FeaturePackagesTest {

    /**
     * Modules whose features still depend on each other in a circle, to be untangled one by one (each is larger than
     * a move or an interface): take a module off this list when its features are untangled.
     */
    private static final Set<String> TANGLED = Set.of("recognition", "safeguarding", "wellbeing");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.headsup");

    @Test
    void theFeaturesInsideAModuleDoNotFormCycles() {
        slices().matching("uk.headsup.(*).internal.(*)..")
                .that(describe(
                        "outside the modules still tangled " + TANGLED, s -> !TANGLED.contains(s.getNamePart(1))))
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
