package io.augtune.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Projects and folders for the store tests, built in a test's temp folder. */
final class SampleProjects {
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);
    static final String HASH_C = "0123456789abcdef".repeat(4);

    private SampleProjects() {
    }

    /** Creates {@code base/images/normal} and {@code base/images/production} and a dataset pointing at them. */
    static DatasetSpec datasetUnder(Path base) throws IOException {
        Path normal = Files.createDirectories(base.resolve("images").resolve("normal"));
        Path production = Files.createDirectories(base.resolve("images").resolve("production"));
        return new DatasetSpec(normal, production, true);
    }

    /** A project with every record filled in, NaN losses, unicode paths and a review band. */
    static Project fullyPopulated(DatasetSpec dataset) {
        ProjectSettings settings = ProjectSettings.builder().family("rotation").workingSize(96).seed(7L)
                .budgetSeconds(120).starts(2).validationLoss("sinkhorn").warmupSteps(10)
                .detectorStepsPerHyperStep(3).hyperLearningRate(0.01).batchSize(8).thresholdPercentile(97.5)
                .holdoutFraction(0.25).variant("no-warmup").build();
        List<ManifestEntry> manifest = List.of(
                new ManifestEntry(ImageRole.NORMAL, "good/ok_001.png", 640, 480, 12345L, HASH_A),
                new ManifestEntry(ImageRole.NORMAL, "gut/Prüfteil ä.tif", 640, 480, 99L, HASH_B),
                new ManifestEntry(ImageRole.PRODUCTION, "批次/零件-7.png", 800, 600, 2048L, HASH_C));
        return Project.create("Bracket line 3 – Prüfung", dataset, settings)
                .withManifest(manifest)
                .withTuning(tuning(), provenance(manifest))
                .withScores(List.of(
                        new ScoredImage("批次/零件-7.png", 12.75, 0.93, 800, 600, HASH_C, 420,
                                new BoundingBox(10, 20, 30, 40)),
                        ScoredImage.withoutMap("lot/ok.png", 1.5, 64, 64, HASH_A)))
                .withThresholds(new Thresholds(8.0, 5.5, "97.5th percentile of 2 held-back normal images",
                        true))
                .withDecisions(List.of(new UserDecision("批次/零件-7.png", Verdict.REVIEW, "Kratzer? 看起来像划痕")))
                .withViewState(new ViewState("批次/零件-7.png", 0.6))
                .withModel(true);
    }

    static TuningResult tuning() {
        Map<String, Double> start = Map.of("angle", 90.0);
        TuningRun first = new TuningRun(0, start, Map.of("angle", 33.25), 0.125, List.of(
                new TrajectoryPoint(0, 0, TuningPhase.WARMUP, 0.69, Double.NaN, start, 0L),
                new TrajectoryPoint(0, 1, TuningPhase.DETECTOR, 0.5, Double.NaN, start, 15L),
                new TrajectoryPoint(0, 2, TuningPhase.HYPER, Double.NaN, 0.25, Map.of("angle", 33.25), 31L),
                new TrajectoryPoint(0, 3, TuningPhase.DONE, 0.1, 0.125, Map.of("angle", 33.25), 40L)));
        TuningRun second = new TuningRun(1, Map.of("angle", 150.0), Map.of("angle", 149.0), Double.NaN,
                List.of(new TrajectoryPoint(1, 0, TuningPhase.WARMUP, Double.POSITIVE_INFINITY, Double.NaN,
                        Map.of("angle", 150.0), 3L)));
        return new TuningResult("rotation", List.of(first, second), 0);
    }

    static Provenance provenance(List<ManifestEntry> manifest) {
        return new Provenance("0.1.0", "0.36.0", "2.7.1", 7L, "cpu()", Instant.parse("2025-03-04T05:06:07.089Z"),
                Provenance.setHashOf(manifest, ImageRole.NORMAL),
                Provenance.setHashOf(manifest, ImageRole.PRODUCTION));
    }

    /** A model folder as the engine might write it: a parameter file, a text file and a sub-folder. */
    static Path modelFolder(Path base) throws IOException {
        Path dir = Files.createDirectories(base.resolve("model-out"));
        Files.write(dir.resolve("detector-0001.params"), new byte[] {0, 1, 2, (byte) 255, 42});
        Files.writeString(dir.resolve("gaussian.json"), "{\"dims\": 128}", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dir.resolve("extra").resolve("größe.txt"), "x", StandardCharsets.UTF_8);
        return dir;
    }
}
