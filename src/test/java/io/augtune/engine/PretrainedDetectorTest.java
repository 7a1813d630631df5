package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A detector whose stages sit on the frozen pretrained features: trains, embeds, maps, saves and loads. */
class PretrainedDetectorTest {
    private static final int SIZE = 32;
    private static final DetectorConfig CONFIG = DetectorConfig.pretrainedDefaults(SIZE, 1);

    @TempDir
    Path temp;

    private static float[] embeddingOf(Detector detector) {
        try (NDManager step = detector.manager().newSubManager()) {
            return detector.embed(TestImages.noise(step, 3, 1, SIZE, 8)).toFloatArray();
        }
    }

    @Test
    void itLearnsOnTopOfTheFrozenFeaturesAndSavesOnlyWhatItLearned() throws IOException {
        Path dir = temp.resolve("model");
        try (Detector detector = Detector.create(CONFIG, 4)) {
            float first = 0;
            float last = 0;
            for (int step = 0; step < 30; step++) {
                try (NDManager m = detector.manager().newSubManager()) {
                    NDArray normal = TestImages.noise(m, 8, 1, SIZE, step);
                    last = detector.trainStep(normal, TestImages.withBrightSquare(normal, step));
                    first = step == 0 ? last : first;
                }
            }
            assertTrue(last < first, "the loss falls: " + first + " -> " + last);
            try (NDManager m = detector.manager().newSubManager()) {
                assertEquals(new Shape(2, 64, 2, 2), detector.featureMap(TestImages.noise(m, 2, 1, SIZE, 1), 0)
                        .getShape(), "stage 0 halves the pretrained stride-8 map: 32 / 8 / 2");
            }
            assertEquals(2, CONFIG.featureMapSize(0));
            detector.save(dir);
            try (Detector loaded = Detector.load(dir)) {
                assertEquals(CONFIG, loaded.config());
                assertArrayEquals(embeddingOf(detector), embeddingOf(loaded), 1e-6f);
            }
        }
    }
}
