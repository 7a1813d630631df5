package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.localise.MapFacts;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frozen-feature detection end to end: fit without tuning, save, reload, and score the same as before saving. */
class TuneJobFrozenTest {
    @TempDir
    Path dir;

    private static ProjectSettings frozen(double holdout) {
        return ProjectSettings.builder().detection(ProjectSettings.DETECTION_FROZEN).workingSize(32).seed(3)
                .holdoutFraction(holdout).build();
    }

    @Test
    void aFrozenModelIsFittedSavedAndReloadedAndScoresAsBefore() throws Exception {
        Random random = new Random(1);
        DatasetSpec data = new DatasetSpec(TuneJobTiledMapsTest.tallImages(dir.resolve("normal"), "n", 8, random),
                TuneJobTiledMapsTest.tallImages(dir.resolve("production"), "p", 3, random), false);
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("frozen", data, frozen(0.2)))
                .run(TuneObserver.NONE, CancellationToken.none());
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            assertNull(outcome.project().tuning(), "nothing was tuned");
            assertFalse(Files.exists(outcome.modelDir().resolve("detector")), "no trained detector is saved");
            assertTrue(model.isFrozen());
            assertTrue(model.info().localiser().isFrozen());
            assertEquals(32, model.mapInputWidth(), "40 x 100 with the shorter side at 32: 32 x 80");
            assertEquals(80, model.mapInputHeight());
            assertTrue(outcome.project().thresholds().rule().contains("held-back"));
            List<MapFacts> again = ImageMaps.measure(model, outcome.production().images(), null,
                    CancellationToken.none()).facts();
            for (int i = 0; i < again.size(); i++) {
                ScoredImage s = outcome.project().scores().get(i);
                assertNotNull(s.maxMapScore());
                assertEquals(s.maxMapScore(), again.get(i).maxMapScore(), 0.0,
                        "the reloaded model scores exactly like the one that was saved");
            }
            // the nearest normal image is found by the mean cell descriptor: a normal image's is itself
            try (ImageInspector inspector = ImageInspector.open(outcome.modelDir(), data.normalFolder(), false)) {
                ImageInspector.Inspection seen = inspector.inspect(data.normalFolder().resolve("n3.png"), 20,
                        CancellationToken.none());
                assertEquals("n3.png", seen.nearest().relativePath());
                assertEquals(0.0, seen.nearest().distance(), 1e-6);
            }
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }

    @Test
    void withoutHeldBackNormalsTheThresholdsComeFromNormalsOutsideTheBank() throws Exception {
        Random random = new Random(2);
        DatasetSpec data = new DatasetSpec(TuneJobTiledMapsTest.tallImages(dir.resolve("normal"), "n", 6, random),
                TuneJobTiledMapsTest.tallImages(dir.resolve("production"), "p", 2, random), false);
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("frozen", data, frozen(0)))
                .run(TuneObserver.NONE, CancellationToken.none());
        try {
            var thresholds = outcome.project().thresholds();
            assertTrue(thresholds.rule().contains("against a bank of the other half"), thresholds.rule());
            assertTrue(thresholds.fail() > 1e-2, "a normal cell is not its own nearest neighbour: "
                    + thresholds.fail());
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }
}
