package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectorCheckpointTest {
    private static final int SIZE = 16;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16}, 12, 2e-3, 1e-4);

    @TempDir
    Path temp;

    private static Detector trained(DetectorConfig config, long seed) {
        Detector detector = Detector.create(config, seed);
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray normal = TestImages.noise(step, 4, 1, SIZE, 3);
            detector.trainStep(normal, TestImages.withBrightSquare(normal, 3));
        }
        return detector;
    }

    private static float[] embeddingOf(Detector detector) {
        try (NDManager step = detector.manager().newSubManager()) {
            return detector.embed(TestImages.noise(step, 3, 1, SIZE, 8)).toFloatArray();
        }
    }

    @Test
    void aLoadedDetectorHasTheSameConfigAndEmbeddings() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector original = trained(CONFIG, 4)) {
            original.save(dir);
            try (Detector loaded = Detector.load(dir)) {
                assertEquals(CONFIG, loaded.config());
                assertArrayEquals(embeddingOf(original), embeddingOf(loaded));
            }
        }
    }

    @Test
    void aDetectorWhoseSavedWeightsAreNotFiniteIsRefusedWhenLoaded() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector broken = Detector.create(CONFIG, 4); NDManager step = broken.manager().newSubManager()) {
            // A step on NaN pixels makes every trained weight NaN, as a corrupted file would.
            NDArray nan = TestImages.noise(step, 4, 1, SIZE, 3).mul(Float.NaN);
            broken.trainStep(nan, nan);
            broken.save(dir);
        }

        IOException e = assertThrows(IOException.class, () -> Detector.load(dir).close());

        assertTrue(e.getMessage().contains("not finite"), e.getMessage());
    }

    @Test
    void aLoadedDetectorCanKeepTraining() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector original = trained(CONFIG, 4)) {
            original.save(dir);
        }
        try (Detector loaded = Detector.load(dir); NDManager step = loaded.manager().newSubManager()) {
            float[] before = embeddingOf(loaded);
            NDArray normal = TestImages.noise(step, 4, 1, SIZE, 3);
            loaded.trainStep(normal, TestImages.withBrightSquare(normal, 3));
            assertFalse(Arrays.equals(before, embeddingOf(loaded)));
        }
    }

    @Test
    void savingAgainReplacesTheFolderAndLeavesNoTemporaryFolders() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector first = trained(CONFIG, 4); Detector second = trained(CONFIG, 5)) {
            first.save(dir);
            second.save(dir);
            try (Detector loaded = Detector.load(dir)) {
                assertArrayEquals(embeddingOf(second), embeddingOf(loaded));
            }
        }
        try (var entries = Files.list(temp)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void aMissingFolderIsReportedByPath() {
        Path dir = temp.resolve("nothing-here");
        IOException e = assertThrows(IOException.class, () -> Detector.load(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void truncatedParametersAreReportedAsCorrupt() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector original = trained(CONFIG, 4)) {
            original.save(dir);
        }
        Path parameters = dir.resolve(DetectorCheckpoint.PARAMETERS_FILE);
        byte[] bytes = Files.readAllBytes(parameters);
        Files.write(parameters, Arrays.copyOf(bytes, bytes.length / 2), StandardOpenOption.TRUNCATE_EXISTING);
        IOException e = assertThrows(IOException.class, () -> Detector.load(dir));
        assertTrue(e.getMessage().contains(parameters.toString()), e.getMessage());
    }

    @Test
    void parametersOfAnotherArchitectureAreRejected() throws IOException {
        Path dir = temp.resolve("model");
        Path other = temp.resolve("other");
        try (Detector original = trained(CONFIG, 4);
             Detector wider = trained(new DetectorConfig(SIZE, 1, new int[] {8, 24}, 12, 2e-3, 1e-4), 4)) {
            original.save(dir);
            wider.save(other);
        }
        Files.copy(other.resolve(DetectorCheckpoint.PARAMETERS_FILE), dir.resolve(DetectorCheckpoint.PARAMETERS_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        IOException e = assertThrows(IOException.class, () -> Detector.load(dir));
        assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
    }

    @Test
    void settingsFromAnotherFormatVersionAreRejected() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector original = trained(CONFIG, 4)) {
            original.save(dir);
        }
        Path settings = dir.resolve(DetectorCheckpoint.CONFIG_FILE);
        Files.writeString(settings, Files.readString(settings).replace("version=1", "version=2"));
        IOException e = assertThrows(IOException.class, () -> Detector.load(dir));
        assertTrue(e.getMessage().contains(settings.toString()), e.getMessage());
    }
}
