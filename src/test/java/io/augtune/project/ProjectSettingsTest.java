package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectSettingsTest {

    @Test
    void defaultsFollowTheMethod() {
        ProjectSettings defaults = ProjectSettings.defaults();

        assertEquals("auto", defaults.family());
        assertEquals(64, defaults.workingSize());
        assertEquals(3, defaults.starts());
        assertEquals("unexplained-distance", defaults.validationLoss());
        assertEquals(99.0, defaults.thresholdPercentile());
        assertEquals(0.2, defaults.holdoutFraction());
        assertEquals("default", defaults.variant());
    }

    @Test
    void withersChangeOnlyTheirField() {
        ProjectSettings changed = ProjectSettings.defaults().withFamily("rotation").withWorkingSize(128)
                .withSeed(-5L).withBudgetSeconds(60);

        assertEquals(ProjectSettings.builder().family("rotation").workingSize(128).seed(-5L).budgetSeconds(60)
                .build(), changed);
    }

    @Test
    void aBuilderCopyRebuildsAnEqualRecord() {
        ProjectSettings settings = ProjectSettings.builder().batchSize(4).starts(5).hyperLearningRate(0.2)
                .variant("ablation-1").build();

        assertEquals(settings, settings.toBuilder().build());
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertMessage("workingSize", () -> ProjectSettings.defaults().withWorkingSize(8));
        assertMessage("budgetSeconds", () -> ProjectSettings.defaults().withBudgetSeconds(0));
        assertMessage("family", () -> ProjectSettings.defaults().withFamily("Cut Diff"));
        assertMessage("starts", () -> ProjectSettings.builder().starts(0).build());
        assertMessage("hyperLearningRate", () -> ProjectSettings.builder().hyperLearningRate(0).build());
        assertMessage("hyperLearningRate", () -> ProjectSettings.builder().hyperLearningRate(Double.NaN).build());
        assertMessage("thresholdPercentile", () -> ProjectSettings.builder().thresholdPercentile(100.5).build());
        assertMessage("holdoutFraction", () -> ProjectSettings.builder().holdoutFraction(1.0).build());
        assertMessage("detectorStepsPerHyperStep",
                () -> ProjectSettings.builder().detectorStepsPerHyperStep(0).build());
        assertMessage("warmupSteps", () -> ProjectSettings.builder().warmupSteps(-1).build());
        assertMessage("validationLoss", () -> ProjectSettings.builder().validationLoss(null).build());
    }

    @Test
    void aPatchStrideThatDoesNotDivideTheWorkingSizeIsRefusedOnlyWherePatchesAreCut() {
        ProjectSettings.Builder odd = ProjectSettings.builder().workingSize(50).patchStrides(4);

        assertMessage("patchStrides", () -> odd.detection(ProjectSettings.DETECTION_PATCHES).build());
        assertMessage("patchStrides", () -> odd.detection(ProjectSettings.DETECTION_FUSED).build());
        assertEquals(50, odd.detection(ProjectSettings.DETECTION_IMAGE).build().workingSize());
    }

    @Test
    void newFamilyNamesNeedNoChangeHere() {
        assertEquals("smooth-scratch", ProjectSettings.defaults().withFamily("smooth-scratch").family());
    }

    private static void assertMessage(String field, Executable build) {
        RuntimeException e = assertThrows(RuntimeException.class, build);
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }
}
