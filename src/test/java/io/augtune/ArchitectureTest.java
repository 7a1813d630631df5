package io.augtune;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layering of src/site/markdown/architecture.md true: a package imports only from its own layer or below,
 * and the app and the CLI reach the rest only through workflow.
 */
class ArchitectureTest {
    private static final String ROOT = "io.augtune.";
    /** Package to layer; a class may depend on its own layer or lower ones. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("common", 0),
            Map.entry("project", 1), Map.entry("imaging", 1),
            Map.entry("augment", 2), Map.entry("validation", 2),
            Map.entry("engine", 3), Map.entry("scoring", 3), Map.entry("report", 3),
            Map.entry("tuning", 4),
            Map.entry("localise", 5),
            Map.entry("model", 6),
            Map.entry("evaluation", 7),
            Map.entry("workflow", 8),
            Map.entry("ui", 9), Map.entry("cli", 9));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.augtune");
    }

    @Test
    void coreCodeNeverImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + "ui..").and().resideInAPackage(ROOT + "*..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void uiNeverImportsDjlOrJackson() {
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void scoringAndReportNeverImportDjl() {
        noClasses().that().resideInAnyPackage(ROOT + "scoring..", ROOT + "report..", ROOT + "project..",
                        ROOT + "imaging..", ROOT + "common..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(classes);
    }

    @Test
    void packagesOnlyImportFromTheirLayerOrBelow() {
        for (Map.Entry<String, Integer> entry : LAYERS.entrySet()) {
            List<String> higher = LAYERS.entrySet().stream()
                    .filter(other -> other.getValue() > entry.getValue())
                    .map(other -> ROOT + other.getKey() + "..")
                    .toList();
            if (higher.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage(ROOT + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher.toArray(String[]::new))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /**
     * The app and the CLI reach the rest only through workflow's use cases (with project and common as the value
     * types shared by every layer), so that a use case behaves the same from both front ends. Third-party libraries
     * are theirs to use, except DJL: tensors stay below workflow.
     */
    @Test
    void uiAndCliTalkToTheRestOnlyThroughWorkflow() {
        classes().that().resideInAnyPackage(ROOT + "ui..", ROOT + "cli..")
                .should().onlyDependOnClassesThat(frontEndMayUse())
                .check(classes);
    }

    /**
     * The front ends' world: workflow's use cases, the value types of project and common (pixels, files left out,
     * tuning progress and examples live there because every layer hands them on), themselves, and third-party
     * libraries other than DJL. No exceptions by name.
     */
    private static DescribedPredicate<JavaClass> frontEndMayUse() {
        return resideInAnyPackage(ROOT + "workflow..", ROOT + "project..", ROOT + "common..", ROOT + "ui..",
                ROOT + "cli..")
                .or(resideOutsideOfPackage("io.augtune..").and(resideOutsideOfPackage("ai.djl..")));
    }

    /**
     * The localisers, the trained model that holds them, the labelled-data evaluation and the use cases point one way:
     * a cycle would make one of them unusable, and untestable, without the others.
     */
    @Test
    void noCycleBetweenLocaliseModelEvaluationAndWorkflow() {
        slices().matching(ROOT + "(*)..").should().beFreeOfCycles()
                .check(classes.that(resideInAnyPackage(ROOT + "localise..", ROOT + "model..", ROOT + "evaluation..",
                        ROOT + "workflow..")));
    }

    @Test
    void uiAndCliStayApart() {
        noClasses().that().resideInAPackage(ROOT + "cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "ui..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "cli..")
                .allowEmptyShould(true).check(classes);
    }
}
