package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tuner differentiates a validation loss through {@link Detector#embed} to the augmentation's inputs. */
class DetectorGradientTest {
    private static final int SIZE = 16;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16, 16}, 16, 3e-3, 0);

    /** sum(embed(x)) backpropagated to x; returns |dx| summed. */
    private static float differentiateEmbedding(Detector detector) {
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray x = TestImages.noise(step, 4, 1, SIZE, 99);
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(detector.embed(x).sum());
            }
            return x.getGradient().abs().sum().getFloat();
        }
    }

    private static float[] probe(Detector detector) {
        try (NDManager step = detector.manager().newSubManager()) {
            return detector.logits(TestImages.noise(step, 2, 1, SIZE, 5)).toFloatArray();
        }
    }

    private static float trainOnce(Detector detector, long seed) {
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray normal = TestImages.noise(step, 4, 1, SIZE, seed);
            return detector.trainStep(normal, TestImages.withBrightSquare(normal, seed));
        }
    }

    @Test
    void embeddingsCarryAGradientToTheInputWithoutChangingTheNetwork() {
        try (Detector detector = Detector.create(CONFIG, 2)) {
            trainOnce(detector, 1); // so that BatchNorm running statistics are not the trivial initial ones
            float[] before = probe(detector);
            assertTrue(differentiateEmbedding(detector) > 0, "gradient should reach the input");
            assertArrayEquals(before, probe(detector));
        }
    }

    @Test
    void aDifferentiatedEmbeddingDoesNotLeakIntoTheNextTrainingStep() {
        try (Detector plain = Detector.create(CONFIG, 2); Detector probed = Detector.create(CONFIG, 2)) {
            assertEquals(trainOnce(plain, 1), trainOnce(probed, 1));
            differentiateEmbedding(probed);
            assertEquals(trainOnce(plain, 2), trainOnce(probed, 2));
            assertEquals(trainOnce(plain, 3), trainOnce(probed, 3));
            assertArrayEquals(probe(plain), probe(probed));
        }
    }
}
