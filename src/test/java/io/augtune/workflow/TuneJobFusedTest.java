package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.ImageDecoder;
import io.augtune.common.Raster;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.MapFacts;
import io.augtune.localise.PatchGrid;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fused detection end to end: tune the patch detector, fuse it with frozen features and the global term, save,
 * reload and score the same, with every component kept per image and exported to the CSV; images marked good are
 * learnt by the fused model.
 */
class TuneJobFusedTest {
    @TempDir
    Path dir;

    private static ProjectSettings fused() {
        return ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1).warmupSteps(2)
                .seed(3).detection(ProjectSettings.DETECTION_FUSED).patchScale(1.0).build();
    }

    private DatasetSpec data;

    /** A fused project tuned on tall textures drawn with {@code seed}. */
    private TuneJob.TuneOutcome tuned(long seed, int normals, int production) throws Exception {
        return tuned(seed, normals, production, fused());
    }

    private TuneJob.TuneOutcome tuned(long seed, int normals, int production, ProjectSettings settings)
            throws Exception {
        Random random = new Random(seed);
        data = new DatasetSpec(TuneJobTiledMapsTest.tallImages(dir.resolve("normal"), "n", normals, random),
                TuneJobTiledMapsTest.tallImages(dir.resolve("production"), "p", production, random), false);
        return new TuneJob(new TuneJob.TuneRequest("fused", data, settings)).run(TuneObserver.NONE,
                CancellationToken.none());
    }

    @Test
    void withoutHeldBackNormalsThePartsAreScaledOnHalfTheNormalsAgainstModelsOfTheOtherHalf() throws Exception {
        TuneJob.TuneOutcome outcome = tuned(4, 8, 2, fused().toBuilder().holdoutFraction(0)
                .build());
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            Thresholds t = outcome.project().thresholds();
            assertTrue(t.rule().contains("half the training normals against models of the other half"), t.rule());
            FusedLocaliser fused = (FusedLocaliser) model.localiser().orElseThrow();
            for (FusedLocaliser.Part part : fused.parts()) {
                // the training normals are in the banks: scaled on them, a part's spread would be about nothing
                assertTrue(part.spread().sd() > 1e-3 * Math.abs(part.spread().mean()), part.name() + ": "
                        + part.spread());
            }
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }

    @Test
    void aFusedModelIsTunedSavedReloadedAndKeepsItsComponents() throws Exception {
        TuneJob.TuneOutcome outcome = tuned(1, 10, 3);
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            LocaliserSpec spec = model.info().localiser();
            assertTrue(spec.isFused());
            assertTrue(spec.trainedPart().isPatchGrid(), "the trained part is the patch grid");
            assertEquals(new PatchGrid(16, 8, 40, 104), spec.grid());
            assertEquals(224, model.mapInputWidth(), "the frozen part reads 40 x 100 with its shorter side at 224");
            assertEquals(560, model.mapInputHeight());
            assertTrue(Files.exists(outcome.modelDir().resolve("fusion.json")));
            FusedLocaliser fused = (FusedLocaliser) model.localiser().orElseThrow();
            assertEquals(FusedLocaliser.FROZEN_IMAGE_CELLS, fused.part(FusedLocaliser.FROZEN).orElseThrow()
                    .imageCells(), "the pretrained part's image score is kept with its scale");
            assertEquals(1, fused.part(FusedLocaliser.TUNED).orElseThrow().imageCells());
            assertTrue(model.learnsNormals());
            Thresholds t = outcome.project().thresholds();
            assertTrue(Double.isFinite(t.fail()));
            assertTrue(t.rule().contains("2 held-back normal images"), "thresholds from the held-back scores: "
                    + t.rule());
            List<MapFacts> again = ImageMaps.measure(model, outcome.production().images(), null,
                    CancellationToken.none()).facts();
            for (int i = 0; i < again.size(); i++) {
                ScoredImage s = outcome.project().scores().get(i);
                assertEquals(s.maxMapScore(), again.get(i).maxMapScore(), 1e-6,
                        "the reloaded model scores like the one that was saved");
                assertEquals(List.of(FusedLocaliser.TUNED, FusedLocaliser.FROZEN, FusedLocaliser.GLOBAL),
                        List.copyOf(s.components().keySet()));
                assertEquals(s.components(), again.get(i).components());
                assertEquals(s.score(), again.get(i).imageScore(), 1e-6);
                double parts = io.augtune.localise.PartsJoin.DEFAULT.join(Map.of(FusedLocaliser.TUNED,
                        s.components().get(FusedLocaliser.TUNED), FusedLocaliser.FROZEN,
                        s.components().get(FusedLocaliser.FROZEN)));
                assertTrue(s.score() >= parts - 1e-9, "the parts' share, raised to any global excess");
            }
            Path csv = dir.resolve("report.csv");
            ReportExport.write(csv, outcome.project().scores(), outcome.project().thresholds(), x -> Verdict.PASS,
                    x -> null, Map.of());
            String header = Files.readAllLines(csv).get(0);
            assertTrue(header.endsWith("decision,component_tuned,component_frozen,component_global"), header);
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }

    @Test
    void anImageMarkedGoodIsLearntByBothMemoryBanks() throws Exception {
        TuneJob.TuneOutcome outcome = tuned(2, 8, 2);
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            Raster marked = new ImageDecoder().decode(data.productionFolder().resolve("p0.png")).raster();
            double before = model.mapOf(marked, CancellationToken.none()).max();
            try (ScoringModel taught = model.taughtWith(List.of(marked), CancellationToken.none())) {
                FusedLocaliser fusedParts = (FusedLocaliser) taught.localiser().orElseThrow();
                double after = taught.mapOf(marked, CancellationToken.none()).max();
                assertTrue(after < before, "a part marked good scores lower once learnt: " + before + " -> " + after);
                Map<String, Double> parts = components(taught, marked);
                assertTrue(parts.get(FusedLocaliser.FROZEN) < components(model, marked).get(FusedLocaliser.FROZEN));
                assertFalse(fusedParts.parts().isEmpty());
                FusedLocaliser.Part frozen = fusedParts.part(FusedLocaliser.FROZEN).orElseThrow();
                assertEquals(io.augtune.localise.MarkedCells.FACTOR, frozen.markFactor(), "new models' marks count "
                        + "farther than they are");
                assertTrue(((FrozenPatchLocaliser) frozen.localiser()).marked().size() > 0, "kept beside the bank");
                Path saved = dir.resolve("taught-model");
                taught.save(saved);
                try (ScoringModel reloaded = ScoringModel.load(saved)) {
                    assertEquals(after, reloaded.mapOf(marked, CancellationToken.none()).max(), 1e-9,
                            "saved and read back, the marks and their factor score as before");
                    assertEquals(parts, components(reloaded, marked));
                    FusedLocaliser.Part back = ((FusedLocaliser) reloaded.localiser().orElseThrow())
                            .part(FusedLocaliser.FROZEN).orElseThrow();
                    assertEquals(frozen.markFactor(), back.markFactor());
                    assertEquals(((FrozenPatchLocaliser) frozen.localiser()).marked().size(),
                            ((FrozenPatchLocaliser) back.localiser()).marked().size());
                }
            }
            // the taught copy shared the detector without closing it
            assertEquals(model.mapOf(marked, CancellationToken.none()).max(), before, 1e-9);
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }

    /** The fused model's component scores of one image. */
    private static Map<String, Double> components(ScoringModel model, Raster image) {
        return ((FusedLocaliser) model.localiser().orElseThrow()).score(List.of(model.prepareForMaps(image)),
                CancellationToken.none()).get(0).components();
    }
}
