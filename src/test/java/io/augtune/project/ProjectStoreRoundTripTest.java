package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStoreRoundTripTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    @Test
    void aFullyPopulatedProjectComesBackEqualWithItsModel() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("bracket.augtune");

        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        LoadedProject loaded = store.load(file, dir.resolve("extracted"));

        assertEquals(project, loaded.project());
        assertEquals(dir.resolve("extracted"), loaded.modelDir());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255, 42},
                Files.readAllBytes(loaded.modelDir().resolve("detector-0001.params")));
        assertEquals("x", Files.readString(loaded.modelDir().resolve("extra").resolve("größe.txt")));
    }

    @Test
    void readingWithoutTheModelGivesTheSameProjectAndNoModelFolder() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("results-only.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());

        LoadedProject loaded = store.loadWithoutModel(file);

        assertEquals(project, loaded.project());
        assertTrue(loaded.project().hasModel(), "the file still holds its model");
        assertNull(loaded.modelDir(), "but it was not extracted");
    }

    @Test
    void nanLossesSurviveTheRoundTripAsNaN() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());

        TuningResult tuning = store.load(file, dir.resolve("m")).project().tuning();

        assertTrue(Double.isNaN(tuning.runs().get(0).trajectory().get(0).validationLoss()));
        assertTrue(tuning.runs().get(0).trajectory().get(2).hasValidationLoss());
        assertTrue(Double.isNaN(tuning.runs().get(1).finalValidationLoss()));
        assertEquals(Double.POSITIVE_INFINITY, tuning.runs().get(1).trajectory().get(0).trainLoss());
    }

    @Test
    void aProjectWithoutResultsOrReviewBandRoundTrips() throws Exception {
        Project project = Project.create("fresh", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withThresholds(new Thresholds(3.0, null, "99th percentile of 10 held-back normal images", false));
        Path file = dir.resolve("fresh.augtune");

        store.save(project, file, null, ExpectedFile.anything());
        LoadedProject loaded = store.load(file, null);

        assertEquals(project, loaded.project());
        assertNull(loaded.project().thresholds().reviewLower());
        assertNull(loaded.modelDir());
    }

    @Test
    void theFileIsAZipWithReadableJsonAndTheModelUnderModelFolder() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());

        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            String json = new String(zip.getInputStream(zip.getEntry("project.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(json.contains("\"schemaVersion\" : 1"), json);
            assertTrue(json.contains("\"validationLoss\" : \"NaN\""), json);
            assertTrue(json.contains("\"relative\" : \"images/normal\""), json);
            assertTrue(json.contains("\"role\" : \"production\""), json);
            assertNotNull(zip.getEntry("model/extra/größe.txt"));
            assertNotNull(zip.getEntry("model/gaussian.json"));
        }
    }

    @Test
    void aModelExtractedWithoutAFolderGoesToANewTempFolder() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());

        Path modelDir = store.load(file, null).modelDir();
        try {
            assertTrue(Files.isRegularFile(modelDir.resolve("gaussian.json")));
        } finally {
            for (Path p : new Path[] {modelDir.resolve("extra/größe.txt"), modelDir.resolve("extra"),
                    modelDir.resolve("gaussian.json"), modelDir.resolve("detector-0001.params"), modelDir}) {
                Files.deleteIfExists(p);
            }
        }
    }
}
