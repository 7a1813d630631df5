package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.ContentHash;
import io.augtune.common.SkippedImage;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue #16, class 3: production files deleted or replaced while the detector trains (injected when the tuning
 * phase is announced, after every image was read) are reported and left out; the run is not lost, and every
 * recorded hash is that of the bytes that were used.
 */
class TuneJobChangedFilesTest {
    @TempDir
    Path dir;

    @Test
    void productionFilesDeletedOrReplacedDuringTuningAreReportedAndLeftOutOfTheResults() throws Exception {
        Random random = new Random(6);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, -1);
        Path other = SyntheticTextures.write(dir.resolve("other"), "x", 1, 24, random, 0.2).resolve("x000.png");
        String keptHash = ContentHash.sha256(production.resolve("p002.png"));
        ProjectSettings tiny = ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1)
                .warmupSteps(2).seed(3).build();
        List<String> reported = new ArrayList<>();

        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("changing",
                new DatasetSpec(normal, production, false), tiny)).run(new TuneObserver() {
                    @Override
                    public void onProgress(String phase, double fraction, String detail) {
                        if (phase.equals("Tuning")) {
                            change(production.resolve("p000.png"), null);
                            change(production.resolve("p001.png"), other);
                        }
                    }

                    @Override
                    public void onSkipped(String role, List<SkippedImage> files) {
                        files.forEach(f -> reported.add(role + " " + f));
                    }
                }, CancellationToken.none());
        ModelFolder.deleteQuietly(outcome.modelDir());

        assertEquals(List.of("production p000.png: deleted during the run",
                "production p001.png: changed during the run"), reported);
        assertEquals(List.of("p002.png", "p003.png"),
                outcome.project().scores().stream().map(ScoredImage::relativePath).sorted().toList());
        List<ManifestEntry> productionEntries = outcome.project().manifest().stream()
                .filter(e -> e.role() == ImageRole.PRODUCTION).toList();
        assertEquals(List.of("p002.png", "p003.png"), productionEntries.stream().map(ManifestEntry::relativePath)
                .toList());
        assertEquals(keptHash, productionEntries.get(0).sha256());
        assertEquals(2, outcome.production().images().size());
    }

    private static void change(Path file, Path replacement) {
        try {
            if (replacement == null) {
                Files.deleteIfExists(file);
            } else {
                Files.copy(replacement, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
