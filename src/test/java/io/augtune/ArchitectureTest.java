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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the layering of the README's Architecture section true: a package imports only from its own layer or below,
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

    /**
     * Records of lower layers that the app and the CLI receive from workflow and only read, to draw or to print:
     * pixels, files left out with their reason, and the tuning progress that {@code workflow.TuneObserver} hands on
     * as it comes from the tuner. Look-alike workflow copies would add a conversion on every image and every tuning
     * step and nothing else; the same holds for the report of {@code workflow.EvaluateJob} (its nested records and the
     * pixel measures it carries), which the CLI prints. Keep this list short: anything with behaviour belongs behind a workflow use case.
     */
    private static final List<String> HANDED_ON_RECORDS = List.of(
            ROOT + "imaging.Raster", ROOT + "imaging.SkippedImage",
            ROOT + "tuning.TuningEvent", ROOT + "tuning.AugmentationExamples",
            ROOT + "evaluation.EvaluationReport", ROOT + "evaluation.PixelEvaluation$Result");

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

    @Test
    void handedOnRecordsStillExist() {
        // A renamed or moved record would leave a stale allowance that silently permits nothing, or a new type.
        HANDED_ON_RECORDS.forEach(name -> assertTrue(classes.contain(name), name + " no longer exists"));
    }

    private static DescribedPredicate<JavaClass> frontEndMayUse() {
        DescribedPredicate<JavaClass> handedOn = DescribedPredicate.describe("a handed-on record " + HANDED_ON_RECORDS,
                javaClass -> HANDED_ON_RECORDS.contains(javaClass.getName())
                        || HANDED_ON_RECORDS.contains(javaClass.getName().replaceFirst("\\$.*", "")));
        return resideInAnyPackage(ROOT + "workflow..", ROOT + "project..", ROOT + "common..", ROOT + "ui..",
                ROOT + "cli..")
                .or(handedOn)
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
