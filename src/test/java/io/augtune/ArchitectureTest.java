package io.augtune;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layering of docs/ARCHITECTURE.md true: a package imports only from its own layer or below. */
class ArchitectureTest {
    private static final String ROOT = "io.augtune.";
    /** Package to layer; a class may depend on its own layer or lower ones. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("common", 0),
            Map.entry("project", 1), Map.entry("imaging", 1),
            Map.entry("augment", 2), Map.entry("validation", 2),
            Map.entry("engine", 3), Map.entry("scoring", 3), Map.entry("report", 3), Map.entry("evaluation", 3),
            Map.entry("tuning", 4),
            Map.entry("workflow", 5),
            Map.entry("ui", 6), Map.entry("cli", 6));

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
