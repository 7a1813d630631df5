package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.CancellationToken;
import io.augtune.common.CancelledException;
import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DetectorInferenceTest {
    private static final int SIZE = 16;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16, 16}, 16, 1e-3, 0);

    private static float[] embeddingOf(Detector detector, long imageSeed) {
        try (NDManager step = detector.manager().newSubManager()) {
            return detector.embed(TestImages.noise(step, 2, CONFIG.channels(), SIZE, imageSeed)).toFloatArray();
        }
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOtherWeights() {
        try (Detector first = Detector.create(CONFIG, 11); Detector second = Detector.create(CONFIG, 11);
             Detector other = Detector.create(CONFIG, 12)) {
            assertArrayEquals(embeddingOf(first, 1), embeddingOf(second, 1));
            assertFalse(Arrays.equals(embeddingOf(first, 1), embeddingOf(other, 1)));
        }
    }

    @Test
    void embeddingsAreUnitLengthRowsOfTheEmbeddingDimension() {
        try (Detector detector = Detector.create(CONFIG, 1); NDManager step = detector.manager().newSubManager()) {
            NDArray z = detector.embed(TestImages.noise(step, 3, 1, SIZE, 5));
            assertEquals(new Shape(3, 16), z.getShape());
            float[] norms = z.square().sum(new int[] {1}).sqrt().toFloatArray();
            assertArrayEquals(new float[] {1f, 1f, 1f}, norms, 1e-5f);
        }
    }

    @Test
    void logitsAndFeatureMapsHaveTheDocumentedShapes() {
        try (Detector detector = Detector.create(CONFIG, 1); NDManager step = detector.manager().newSubManager()) {
            NDArray images = TestImages.noise(step, 3, 1, SIZE, 5);
            assertEquals(new Shape(3), detector.logits(images).getShape());
            assertEquals(new Shape(3, 8, 8, 8), detector.featureMap(images, 0).getShape());
            assertEquals(new Shape(3, 16, 2, 2), detector.featureMap(images, 2).getShape());
            assertThrows(IllegalArgumentException.class, () -> detector.featureMap(images, 3));
        }
    }

    @Test
    void anEmbeddingWiderThanTheLastStageIsProjectedAndColourInputWorksAtOddSizes() {
        DetectorConfig config = new DetectorConfig(20, 3, new int[] {8, 8}, 24, 1e-3, 0);
        try (Detector detector = Detector.create(config, 1); NDManager step = detector.manager().newSubManager()) {
            NDArray images = TestImages.noise(step, 2, 3, 20, 5);
            assertEquals(new Shape(2, 24), detector.embed(images).getShape());
            assertEquals(new Shape(2, 8, 5, 5), detector.featureMap(images, 1).getShape());
        }
    }

    @Test
    void theDefaultNetworkRunsAt128Pixels() {
        try (Detector detector = Detector.create(DetectorConfig.defaults(128, 1), 1);
             NDManager step = detector.manager().newSubManager()) {
            NDArray images = TestImages.noise(step, 2, 1, 128, 5);
            assertEquals(new Shape(2, 128), detector.embed(images).getShape());
            assertEquals(new Shape(2, 128, 8, 8), detector.featureMap(images, 3).getShape());
        }
    }

    @Test
    void inferenceDoesNotChangeTheNetwork() {
        try (Detector detector = Detector.create(CONFIG, 1); NDManager step = detector.manager().newSubManager()) {
            float[] before = embeddingOf(detector, 1);
            detector.logits(TestImages.noise(step, 4, 1, SIZE, 9));
            detector.featureMap(TestImages.noise(step, 4, 1, SIZE, 9), 1);
            assertArrayEquals(before, embeddingOf(detector, 1));
        }
    }

    @Test
    void embedRastersMatchesEmbedOnTheSameImagesAcrossBatchBoundaries() {
        int count = Detector.INFERENCE_BATCH + 3;
        List<Raster> rasters = TestImages.noiseRasters(count, 1, SIZE, 4);
        try (Detector detector = Detector.create(CONFIG, 1); NDManager step = detector.manager().newSubManager()) {
            float[][] embeddings = detector.embedRasters(rasters, CancellationToken.none());
            assertEquals(count, embeddings.length);
            NDArray last = RasterTensors.toBatch(step, rasters.subList(count - 1, count), 1);
            assertArrayEquals(detector.embed(last).toFloatArray(), embeddings[count - 1], 1e-6f);
        }
    }

    @Test
    void embedInBatchesMatchesEmbedAcrossBatchBoundariesOnTheImagesManager() {
        int count = Detector.INFERENCE_BATCH + 3;
        try (Detector detector = Detector.create(CONFIG, 1); NDManager step = detector.manager().newSubManager()) {
            NDArray images = TestImages.noise(step, count, 1, SIZE, 5);
            NDArray batched = detector.embedInBatches(images);
            assertEquals(new Shape(count, CONFIG.embeddingDim()), batched.getShape());
            assertEquals(step, batched.getManager());
            assertArrayEquals(detector.embed(images).toFloatArray(), batched.toFloatArray(), 1e-5f);
        }
    }

    @Test
    void embedRastersStopsWhenCancelled() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        try (Detector detector = Detector.create(CONFIG, 1)) {
            List<Raster> rasters = TestImages.noiseRasters(2, 1, SIZE, 4);
            assertThrows(CancelledException.class, () -> detector.embedRasters(rasters, cancel));
        }
    }

    @Test
    void aClosedDetectorRefusesWork() {
        Detector detector = Detector.create(CONFIG, 1);
        detector.close();
        detector.close();
        assertThrows(IllegalStateException.class,
                () -> detector.embedRasters(TestImages.noiseRasters(1, 1, SIZE, 1), CancellationToken.none()));
    }
}
