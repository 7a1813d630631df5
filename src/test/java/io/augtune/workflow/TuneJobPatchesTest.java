package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.MapFacts;
import io.augtune.localise.PatchGrid;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patch-level detection end to end: tune on patches, save, reload, and score the same as before saving. */
class TuneJobPatchesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {ProjectSettings.BACKBONE_SCRATCH, ProjectSettings.BACKBONE_PRETRAINED})
    void aPatchModelIsTunedSavedAndReloadedWithItsGridAndMemoryBank(String backbone) throws Exception {
        Random random = new Random(1);
        DatasetSpec data = new DatasetSpec(TuneJobTiledMapsTest.tallImages(dir.resolve("normal"), "n", 8, random),
                TuneJobTiledMapsTest.tallImages(dir.resolve("production"), "p", 3, random), false);
        ProjectSettings tiny = ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1)
                .warmupSteps(2).seed(3).detection(ProjectSettings.DETECTION_PATCHES).patchScale(1.0)
                .backbone(backbone).build();
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("patches", data, tiny))
                .run(TuneObserver.NONE, CancellationToken.none());
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            LocaliserSpec spec = model.info().localiser();
            assertTrue(spec.isPatchGrid());
            assertEquals(new PatchGrid(16, 8, 40, 104), spec.grid(), "40 x 100 at full scale, 16 px every 8 px");
            assertEquals(LocaliserSpec.SCORER_KNN, spec.scorer());
            assertEquals(backbone.equals(ProjectSettings.BACKBONE_PRETRAINED), model.detector().config().pretrained());
            assertEquals(40, model.mapInputWidth());
            assertEquals(104, model.mapInputHeight());
            List<MapFacts> again = ImageMaps.measure(model, outcome.production().images(), null,
                    CancellationToken.none()).facts();
            for (int i = 0; i < again.size(); i++) {
                ScoredImage s = outcome.project().scores().get(i);
                assertNotNull(s.maxMapScore());
                assertEquals(s.maxMapScore(), again.get(i).maxMapScore(), 1e-9,
                        "the reloaded model scores like the one that was saved");
            }
            // The nearest normal image is found by the mean patch embedding: a normal image's is itself.
            try (ImageInspector inspector = ImageInspector.open(outcome.modelDir(), data.normalFolder(), false)) {
                ImageInspector.Inspection seen = inspector.inspect(data.normalFolder().resolve("n3.png"), 20,
                        CancellationToken.none());
                assertEquals("n3.png", seen.nearest().relativePath());
                assertEquals(0.0, seen.nearest().distance(), 1e-6);
                assertEquals(seen.image().width(), seen.map().width());
            }
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }

    @Test
    void withoutHeldBackNormalsTheKnnThresholdsComeFromNormalsOutsideTheBank() throws Exception {
        Random random = new Random(2);
        DatasetSpec data = new DatasetSpec(TuneJobTiledMapsTest.tallImages(dir.resolve("normal"), "n", 6, random),
                TuneJobTiledMapsTest.tallImages(dir.resolve("production"), "p", 2, random), false);
        ProjectSettings noHoldout = ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1)
                .warmupSteps(2).seed(3).detection(ProjectSettings.DETECTION_PATCHES).patchScale(1.0)
                .holdoutFraction(0).build();
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("patches", data, noHoldout))
                .run(TuneObserver.NONE, CancellationToken.none());
        try {
            var thresholds = outcome.project().thresholds();
            assertTrue(thresholds.rule().contains("against a bank of the other half"), thresholds.rule());
            assertTrue(thresholds.fail() > 1e-3, "a normal patch is not its own nearest neighbour: "
                    + thresholds.fail());
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }
}
