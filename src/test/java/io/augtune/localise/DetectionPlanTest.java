package io.augtune.localise;

import io.augtune.common.UnusableInputException;
import io.augtune.project.ProjectSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectionPlanTest {
    private static final ProjectSettings PATCHES = ProjectSettings.builder()
            .detection(ProjectSettings.DETECTION_PATCHES).build();

    @Test
    void largeImagesAreReadAtThePatchGridsSize() throws UnusableInputException {
        DetectionPlan plan = DetectionPlan.of(PATCHES, 500, 1266);
        assertTrue(plan.patchLevel());
        assertEquals(256, plan.imageWidth());
        assertEquals(640, plan.imageHeight());
    }

    @Test
    void anImageThatHoldsOnePatchIsDetectedWhole() throws UnusableInputException {
        DetectionPlan plan = DetectionPlan.of(PATCHES, 64, 64);
        assertFalse(plan.patchLevel(), "one patch is the whole image; the whole-image localiser maps it finer");
        assertEquals(64, plan.imageWidth());
    }

    @Test
    void wholeImageSettingsGiveAWholeImagePlan() throws UnusableInputException {
        assertFalse(DetectionPlan.of(PATCHES.toBuilder().detection(ProjectSettings.DETECTION_IMAGE).build(), 500,
                1266).patchLevel());
    }

    @Test
    void frozenDetectionKeepsTheImagesProportionsWithTheShorterSideAtTheWorkingSize()
            throws UnusableInputException {
        ProjectSettings frozen = PATCHES.toBuilder().detection(ProjectSettings.DETECTION_FROZEN).workingSize(320)
                .build();
        DetectionPlan plan = DetectionPlan.of(frozen, 500, 1250);
        assertTrue(plan.frozenLevel());
        assertFalse(plan.patchLevel());
        assertEquals(320, plan.imageWidth());
        assertEquals(800, plan.imageHeight());
        DetectionPlan wide = DetectionPlan.of(frozen.withWorkingSize(224), 1000, 300);
        assertEquals(224, wide.imageHeight());
        assertEquals(752, wide.imageWidth(), "747 rounded to a multiple of 16");
    }

    @Test
    void frozenDetectionNeedsAWorkingSizeOnItsFeatureGrid() {
        assertThrows(IllegalArgumentException.class, () -> PATCHES.toBuilder()
                .detection(ProjectSettings.DETECTION_FROZEN).workingSize(100).build());
    }

    @Test
    void tooManyPatchesPerImageAreRefusedNamingTheFix() {
        ProjectSettings fine = PATCHES.toBuilder().workingSize(16).patchScale(1.0).patchStrides(4).build();
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> DetectionPlan.of(fine, 1000, 1000));
        assertTrue(e.getMessage().contains("lower the patch scale"), e.getMessage());
    }
}
