package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.Project;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.project.AugmentationExamples;
import io.augtune.project.TuningEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tune use case end to end on tiny generated folders (one shared run keeps it quick). */
class TuneJobTest {
    static final ProjectSettings TINY = ProjectSettings.builder().workingSize(16).batchSize(4).starts(2)
            .budgetSeconds(1).warmupSteps(4).seed(5).detection(ProjectSettings.DETECTION_PATCHES).build();

    @TempDir
    static Path dir;
    static TuneJob.TuneOutcome outcome;
    static final List<TuningEvent> events = new ArrayList<>();
    static final List<SkippedImage> skipped = new ArrayList<>();
    static final List<AugmentationExamples> examples = new ArrayList<>();

    /** Writes 12 normal textures (+ one corrupt file) and 8 production images, 4 of them with dark patches. */
    static DatasetSpec writeFolders(Path root) throws Exception {
        Random random = new Random(9);
        Path normal = SyntheticTextures.write(root.resolve("normal"), "n", 12, 20, random, -1);
        Files.writeString(normal.resolve("broken.png"), "not an image");
        Path production = SyntheticTextures.write(root.resolve("production"), "p", 4, 20, random, -1);
        SyntheticTextures.write(production, "q", 4, 20, random, 0.1);
        return new DatasetSpec(normal, production, false);
    }

    @BeforeAll
    static void tune() throws Exception {
        TuneJob job = new TuneJob(new TuneJob.TuneRequest("tiny", writeFolders(dir), TINY));
        job.requestExamples();
        outcome = job.run(new TuneObserver() {
            @Override
            public void onStep(TuningEvent event) {
                events.add(event);
            }

            @Override
            public void onSkipped(String role, List<SkippedImage> files) {
                skipped.addAll(files);
            }

            @Override
            public void onExamples(AugmentationExamples e) {
                examples.add(e);
            }
        }, CancellationToken.none());
    }

    @AfterAll
    static void cleanUp() {
        ModelFolder.deleteQuietly(outcome.modelDir());
    }

    @Test
    void theProjectHoldsScoresThresholdsManifestAndTuning() {
        Project p = outcome.project();
        assertEquals(8, p.scores().size());
        assertEquals(12, p.manifest().stream().filter(m -> m.role() == ImageRole.NORMAL).count());
        assertEquals(8, p.manifest().stream().filter(m -> m.role() == ImageRole.PRODUCTION).count());
        assertTrue(Double.isFinite(p.thresholds().fail()));
        assertTrue(p.thresholds().rule().contains("held-back"), p.thresholds().rule());
        assertEquals(2, p.tuning().runs().size());
        assertTrue(p.hasModel());
        assertNotNull(p.provenance());
        assertFalse(events.isEmpty());
    }

    @Test
    void theDefaultAutoTriesEveryPatchFamilyTunesTheOneItKeptAndShowsEachTrialsExamples() {
        FamilyTrials search = outcome.project().tuning().familyTrials();
        assertNotNull(search, "the default family is auto");
        // these tiny images hold one patch each, so they are looked at whole and rotation is tried too
        assertEquals(FamilySearch.candidates(false), search.trials().stream().map(FamilyTrial::family).toList());
        assertEquals(search.chosen(), outcome.project().tuning().family());
        assertEquals(ProjectSettings.FAMILY_AUTO, outcome.project().settings().family());
        assertFalse(search.reason().isBlank());
        // each trial sends its examples once, the tuning its requested ones
        assertTrue(examples.size() >= search.trials().size() + 1, examples.size() + " example sets");
        // the starts were judged on the held-back normal images
        assertTrue(outcome.project().tuning().runs().stream().allMatch(r -> r.selectionLoss() >= 0
                && r.selectionLoss() <= 1), outcome.project().tuning().runs().toString());
    }

    @Test
    void theCorruptFileIsSkippedWithItsNameAndReason() {
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).path().toString().endsWith("broken.png"));
        assertFalse(skipped.get(0).reason().isBlank());
    }

    @Test
    void aReloadedModelGivesIdenticalScores() throws Exception {
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            ScoreJob.ScoredFolder again = new ScoreJob(model).score(outcome.project().dataset().productionFolder(),
                    false, CancellationToken.none(), (a, b, c) -> { });
            double[] before = outcome.project().scores().stream().mapToDouble(ScoredImage::score).toArray();
            double[] after = again.scores().stream().mapToDouble(ScoredImage::score).toArray();
            assertArrayEquals(before, after, 1e-9);
            assertEquals(outcome.project().thresholds(), model.info().thresholds());
        }
    }

    @Test
    void everyProductionImageCarriesItsMapMaximumAndDefectArea() {
        for (ScoredImage s : outcome.project().scores()) {
            assertNotNull(s.maxMapScore(), s.relativePath());
            assertEquals(s.maxMapScore(), s.score(), 0.0, "the image score of a model with a localiser");
            assertNotNull(s.defectAreaPx(), s.relativePath());
            assertEquals(s.defectAreaPx() > 0, s.defectBox() != null, s.relativePath());
        }
    }

    @Test
    void aReloadedModelGivesIdenticalMapsAndTheSameMapThreshold() throws Exception {
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            assertTrue(model.hasLocaliser());
            assertTrue(model.info().mapThreshold().rule().contains("held-back normal maps"),
                    model.info().mapThreshold().rule());
            ScoreJob.ScoredFolder again = new ScoreJob(model).score(outcome.project().dataset().productionFolder(),
                    false, CancellationToken.none(), (a, b, c) -> { });
            assertEquals(outcome.project().scores(), again.scores());
            try (ScoringModel twice = ScoringModel.load(outcome.modelDir())) {
                Raster image = outcome.production().images().get(0).raster();
                assertArrayEquals(model.mapOf(image, CancellationToken.none()).values(),
                        twice.mapOf(image, CancellationToken.none()).values(), 0.0);
            }
        }
    }

    @Test
    void aModelSavedWithoutALocaliserStillScoresByTheEmbeddingDistance() throws Exception {
        Path old = dir.resolve("model-without-heatmaps");
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            new ScoringModel(model.detector(), model.gaussian(), model.info().withLocalisation(null, null)).save(old);
        }
        try (ScoringModel model = ScoringModel.load(old)) {
            assertFalse(model.hasLocaliser());
            List<ScoredImage> scores = new ScoreJob(model).score(outcome.project().dataset().productionFolder(),
                    false, CancellationToken.none(), (a, b, c) -> { }).scores();
            double[] expected = model.scoreAll(scores.stream().map(s -> model.prepare(rasterOf(s))).toList(),
                    CancellationToken.none());
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], scores.get(i).score(), 1e-12);
                assertEquals(null, scores.get(i).maxMapScore());
            }
        }
    }

    private static Raster rasterOf(ScoredImage s) {
        return outcome.production().images().stream().filter(i -> i.info().relativePath().equals(s.relativePath()))
                .findFirst().orElseThrow().raster();
    }

    @Test
    void preparingAnyRasterGivesTheModelsSizeAndChannels() throws Exception {
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            Raster rgb = new Raster(30, 10, 3, new float[30 * 10 * 3]);
            Raster prepared = model.prepare(rgb);
            assertEquals(16, prepared.width());
            assertEquals(16, prepared.height());
            assertEquals(1, prepared.channels());
        }
    }

    @Test
    void theInspectorShowsTheMapOnTheModelsScaleAndTheNearestNormalImage() throws Exception {
        DatasetSpec data = outcome.project().dataset();
        try (ImageInspector inspector = ImageInspector.open(outcome.modelDir(), data.normalFolder(), false)) {
            ImageInspector.Inspection seen = inspector.inspect(data.productionFolder().resolve("q000.png"), 10,
                    CancellationToken.none());
            assertEquals(10, Math.max(seen.image().width(), seen.image().height()), "scaled down for display");
            assertEquals(seen.image().width(), seen.map().width());
            assertEquals(seen.image().height(), seen.map().height());
            try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
                assertEquals(model.info().mapThreshold().scale(), seen.scale());
            }
            assertNotNull(seen.nearest());
            assertTrue(seen.nearest().relativePath().matches("n\\d{3}\\.png"), seen.nearest().relativePath());

            // A normal image's nearest normal image is itself.
            ImageInspector.Inspection normal = inspector.inspect(data.normalFolder().resolve("n003.png"), 40,
                    CancellationToken.none());
            assertEquals("n003.png", normal.nearest().relativePath());
            assertEquals(0.0, normal.nearest().distance(), 1e-6);
        }
    }

    @Test
    void theInspectorStillShowsTheImageWhenTheNormalFolderIsGone() throws Exception {
        DatasetSpec data = outcome.project().dataset();
        try (ImageInspector inspector = ImageInspector.open(outcome.modelDir(), dir.resolve("moved-away"), false)) {
            ImageInspector.Inspection seen = inspector.inspect(data.productionFolder().resolve("p001.png"), 40,
                    CancellationToken.none());
            assertNotNull(seen.map());
            assertEquals(null, seen.nearest());
            assertTrue(inspector.normalsProblem().contains("moved-away"), inspector.normalsProblem());
        }
    }
}
