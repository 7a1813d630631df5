package io.augtune.ui.newproject;

import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.ui.TestImages;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewProjectViewModelTest {
    @TempDir
    Path dir;
    private final List<Project> started = new ArrayList<>();
    private final NewProjectViewModel model = new NewProjectViewModel(new SameThreadExecutor(), started::add);

    @Test
    void startIsBlockedWithAReasonUntilBothFoldersAreRead() throws IOException {
        assertFalse(model.canStartBinding().get());
        assertEquals("Choose the folder of normal (good) images", model.blockerBinding().get());
        model.chooseNormalFolder(TestImages.folder(dir.resolve("bottle"), "good", "n", 3, 0, 1));
        assertEquals("Choose the folder of production images", model.blockerBinding().get());
        model.chooseProductionFolder(TestImages.folder(dir, "production", "p", 4, 2, 2));
        assertTrue(model.canStartBinding().get(), model.blockerBinding().get());
    }

    @Test
    void startHandsOverAProjectWithTheFoldersAndTheSettings() throws IOException {
        model.chooseNormalFolder(TestImages.folder(dir.resolve("bottle"), "good", "n", 3, 0, 1));
        model.chooseProductionFolder(TestImages.folder(dir, "production", "p", 4, 2, 2));
        model.settings().textProperty(Setting.WORKING_SIZE).set("32");
        model.settings().textProperty(Setting.FAMILY).set(ProjectSettings.FAMILY_ROTATION);
        model.start();
        Project project = started.get(0);
        assertEquals("bottle", project.name());
        assertEquals(dir.resolve("production"), project.dataset().productionFolder());
        assertEquals(32, project.settings().workingSize());
        assertEquals(ProjectSettings.FAMILY_ROTATION, project.settings().family());
    }

    @Test
    void aWrongSettingBlocksStartAndNamesTheField() throws IOException {
        model.chooseNormalFolder(TestImages.folder(dir, "good", "n", 2, 0, 1));
        model.chooseProductionFolder(TestImages.folder(dir, "production", "p", 2, 0, 2));
        model.settings().textProperty(Setting.BATCH_SIZE).set("many");
        assertEquals("Batch size must be a whole number", model.blockerBinding().get());
        model.start();
        assertTrue(started.isEmpty());
    }

    @Test
    void theSameFolderTwiceIsRefused() throws IOException {
        Path folder = TestImages.folder(dir, "good", "n", 2, 0, 1);
        model.chooseNormalFolder(folder);
        model.chooseProductionFolder(folder);
        assertEquals("The normal and production folders must differ", model.blockerBinding().get());
    }

    @Test
    void aTypedNameSurvivesAnotherFolderChoice() throws IOException {
        model.chooseNormalFolder(TestImages.folder(dir, "good", "n", 1, 0, 1));
        model.nameProperty().set("Line 4");
        model.nameEditedByUser();
        model.chooseNormalFolder(TestImages.folder(dir, "other", "n", 1, 0, 1));
        assertEquals("Line 4", model.nameProperty().get());
    }

    @Test
    void settingsFieldsCheckRangesAndRoundTrip() {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        assertEquals(ProjectSettings.defaults(), form.toSettings());
        form.textProperty(Setting.WORKING_SIZE).set("8");
        assertEquals("Working size must be between 16 and 1,024", form.problem(Setting.WORKING_SIZE));
        form.textProperty(Setting.WORKING_SIZE).set(" 48 ");
        assertNull(form.problem(Setting.WORKING_SIZE));
        form.textProperty(Setting.HOLDOUT_FRACTION).set("25");
        assertEquals(0.25, form.toSettings().holdoutFraction(), 1e-12);
        form.resetToDefaults();
        assertEquals(ProjectSettings.defaults(), form.toSettings());
    }

    @Test
    void patchDetectionSettingsRoundTripAndAStrideThatDoesNotDivideThePatchIsNamed() {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_PATCHES);
        form.textProperty(Setting.PATCH_SCORER).set(ProjectSettings.SCORER_GAUSSIAN);
        form.textProperty(Setting.PATCH_SCALE).set("25");
        form.textProperty(Setting.PATCH_STRIDES).set("4");
        ProjectSettings s = form.toSettings();
        assertTrue(s.patchDetection());
        assertEquals(ProjectSettings.SCORER_GAUSSIAN, s.patchScorer());
        assertEquals(0.25, s.patchScale(), 1e-12);
        assertEquals(16, s.patchStride());
        form.textProperty(Setting.WORKING_SIZE).set("50");
        assertEquals("Patches per side step must divide the working size 50", form.firstProblemBinding().get());
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_IMAGE);
        assertEquals("", form.firstProblemBinding().get(), "whole-image detection keeps any working size");
        form.textProperty(Setting.BACKBONE).set(ProjectSettings.BACKBONE_PRETRAINED);
        assertEquals("Pretrained features need a working size that is a multiple of 16",
                form.firstProblemBinding().get());
        form.textProperty(Setting.WORKING_SIZE).set("48");
        assertEquals("", form.firstProblemBinding().get());
        form.textProperty(Setting.PATCH_SCALE).set("0");
        assertEquals("Patch image scale must be more than 0 and at most 100", form.problem(Setting.PATCH_SCALE));
    }

    @Test
    void choosingPretrainedPatchesRaisesTheDefaultWorkingSizeToTheShorterSideItNeedsAndLeavesATypedOneAlone() {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_FROZEN);
        assertEquals(String.valueOf(ProjectSettings.FROZEN_WORKING_SIZE),
                form.textProperty(Setting.WORKING_SIZE).get());
        ProjectSettings s = form.toSettings();
        assertTrue(s.frozenDetection());
        assertEquals(ProjectSettings.FROZEN_WORKING_SIZE, s.workingSize());
        form.textProperty(Setting.WORKING_SIZE).set("200");
        assertEquals("Pretrained patches need a working size that is a multiple of 16",
                form.firstProblemBinding().get());
        form.textProperty(Setting.WORKING_SIZE).set("256");
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_PATCHES);
        assertEquals("256", form.textProperty(Setting.WORKING_SIZE).get(), "a typed size stays");
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_FROZEN);
        form.textProperty(Setting.WORKING_SIZE).set(String.valueOf(ProjectSettings.FROZEN_WORKING_SIZE));
        form.textProperty(Setting.DETECTION).set(ProjectSettings.DETECTION_IMAGE);
        assertEquals("64", form.textProperty(Setting.WORKING_SIZE).get(), "back to the trained default");
    }
}
