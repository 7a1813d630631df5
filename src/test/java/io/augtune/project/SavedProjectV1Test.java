package io.augtune.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project file saved with schema version 1 (src/test/resources/projects/v1/project-v1.augtune, made by this
 * package's first version from {@code SampleProjects.fullyPopulated}). It must open, unchanged, forever: never
 * regenerate it; add a file for each new schema version beside it instead.
 */
class SavedProjectV1Test {
    @TempDir
    Path dir;
    private Path fixtureDir;
    private LoadedProject loaded;
    private Project project;

    @BeforeEach
    void openTheSavedFile() throws Exception {
        Path file = Path.of(SavedProjectV1Test.class.getResource("/projects/v1/project-v1.augtune").toURI());
        fixtureDir = file.getParent();
        loaded = new ProjectStore().load(file, dir.resolve("model"));
        project = loaded.project();
    }

    @Test
    void itOpensWithoutWarningsAndFindsItsFoldersBesideIt() {
        assertEquals(List.of(), loaded.warnings());
        assertEquals("Bracket line 3 – Prüfung", project.name());
        assertEquals(new DatasetSpec(fixtureDir.resolve("images/normal"), fixtureDir.resolve("images/production"),
                true), project.dataset());
    }

    @Test
    void itsSettingsAreReadWithPatchFieldsAtTheirDefaults() {
        assertEquals(new ProjectSettings("rotation", 96, 7L, 120, 2, "sinkhorn", 10, 3, 0.01, 8, 97.5, 0.25,
                "no-warmup", "image", 0.5, 2, "knn", "scratch", "mobilenetv2"), project.settings());
    }

    @Test
    void itsManifestIsRead() {
        assertEquals(List.of(
                new ManifestEntry(ImageRole.NORMAL, "good/ok_001.png", 640, 480, 12345L, "a".repeat(64)),
                new ManifestEntry(ImageRole.NORMAL, "gut/Prüfteil ä.tif", 640, 480, 99L, "b".repeat(64)),
                new ManifestEntry(ImageRole.PRODUCTION, "批次/零件-7.png", 800, 600, 2048L,
                        "0123456789abcdef".repeat(4))), project.manifest());
    }

    @Test
    void itsTuningIsReadWithNaNAndInfinity() {
        TuningResult tuning = project.tuning();
        assertEquals("rotation", tuning.family());
        assertEquals(0, tuning.selectedStart());
        TuningRun best = tuning.selected();
        assertEquals(Map.of("angle", 90.0), best.initialHyperparameters());
        assertEquals(Map.of("angle", 33.25), best.finalHyperparameters());
        assertEquals(0.125, best.finalValidationLoss());
        assertEquals(new TrajectoryPoint(0, 2, TuningPhase.HYPER, Double.NaN, 0.25, Map.of("angle", 33.25), 31L),
                best.trajectory().get(2));
        assertEquals(List.of(TuningPhase.WARMUP, TuningPhase.DETECTOR, TuningPhase.HYPER, TuningPhase.DONE),
                best.trajectory().stream().map(TrajectoryPoint::phase).toList());
        TuningRun other = tuning.runs().get(1);
        assertTrue(Double.isNaN(other.finalValidationLoss()));
        assertEquals(new TrajectoryPoint(1, 0, TuningPhase.WARMUP, Double.POSITIVE_INFINITY, Double.NaN,
                Map.of("angle", 150.0), 3L), other.trajectory().get(0));
    }

    @Test
    void itWasSavedBeforeFamilyAutoSoItHasNoFamilyTrialsAndItsStartsWereNotJudged() {
        TuningResult tuning = project.tuning();
        assertNull(tuning.familyTrials());
        assertTrue(tuning.runs().stream().allMatch(run -> Double.isNaN(run.selectionLoss())));
        assertEquals(0.125, tuning.selected().comparedLoss());
    }

    @Test
    void itsScoresThresholdsAndDecisionsAreRead() {
        assertEquals(List.of(
                new ScoredImage("批次/零件-7.png", 12.75, 0.93, 800, 600, "0123456789abcdef".repeat(4), 420,
                        new BoundingBox(10, 20, 30, 40)),
                new ScoredImage("lot/ok.png", 1.5, null, 64, 64, "a".repeat(64), null, null)), project.scores());
        assertEquals(new Thresholds(8.0, 5.5, "97.5th percentile of 2 held-back normal images", true),
                project.thresholds());
        assertEquals(List.of(new UserDecision("批次/零件-7.png", Verdict.REVIEW, "Kratzer? 看起来像划痕")),
                project.decisions());
    }

    @Test
    void itsProvenanceAndViewStateAreRead() {
        assertEquals(new Provenance("0.1.0", "0.36.0", "2.7.1", 7L, "cpu()",
                Instant.parse("2025-03-04T05:06:07.089Z"),
                "0c96272250a15a3cad5a9c7ce54b395d42e9495ffcc65497a5038f900682ef31",
                "7df1f0702654c549bd3e869572a0610f7a3b1c2a644e9c26e26efff78fae1b1b"), project.provenance());
        assertEquals(new ViewState("批次/零件-7.png", 0.6), project.viewState());
    }

    @Test
    void theSetHashDefinitionStillGivesTheStoredFingerprints() {
        assertEquals(project.provenance().normalSetHash(),
                Provenance.setHashOf(project.manifest(), ImageRole.NORMAL));
        assertEquals(project.provenance().productionSetHash(),
                Provenance.setHashOf(project.manifest(), ImageRole.PRODUCTION));
    }

    @Test
    void itsModelIsExtracted() throws Exception {
        assertTrue(project.hasModel());
        assertEquals(dir.resolve("model"), loaded.modelDir());
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255, 42},
                Files.readAllBytes(loaded.modelDir().resolve("detector-0001.params")));
        assertEquals("{\"dims\": 128}",
                Files.readString(loaded.modelDir().resolve("gaussian.json"), StandardCharsets.UTF_8));
    }
}
