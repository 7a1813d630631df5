package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectorTrainingTest {
    private static final int SIZE = 16;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16, 16}, 16, 3e-3, 0);

    private static float[] losses(Detector detector, int steps) {
        float[] losses = new float[steps];
        for (int s = 0; s < steps; s++) {
            try (NDManager step = detector.manager().newSubManager()) {
                NDArray normal = TestImages.noise(step, 4, 1, SIZE, s);
                losses[s] = detector.trainStep(normal, TestImages.withBrightSquare(normal, s));
            }
        }
        return losses;
    }

    @Test
    void sameSeedAndDataGiveIdenticalLossSequences() {
        try (Detector first = Detector.create(CONFIG, 7); Detector second = Detector.create(CONFIG, 7)) {
            assertArrayEquals(losses(first, 3), losses(second, 3));
        }
    }

    @Test
    void lossFallsWhenAugmentedImagesAreEasyToTell() {
        try (Detector detector = Detector.create(CONFIG, 1)) {
            float[] losses = losses(detector, 30);
            float early = (losses[0] + losses[1] + losses[2]) / 3;
            float late = (losses[27] + losses[28] + losses[29]) / 3;
            assertTrue(late < 0.5f * early, "loss should fall: first " + early + ", last " + late);
        }
    }

    @Test
    void trainingStepsLeaveNoArraysBehindInTheDetectorsManager() {
        try (Detector detector = Detector.create(CONFIG, 3)) {
            losses(detector, 2); // the first update creates Adam's moment arrays
            int before = detector.manager().getManagedArrays().size();
            losses(detector, 4);
            assertEquals(before, detector.manager().getManagedArrays().size());
        }
    }

    @Test
    void trainStepRejectsBatchesOfDifferentShapes() {
        try (Detector detector = Detector.create(CONFIG, 3); NDManager step = detector.manager().newSubManager()) {
            NDArray four = TestImages.noise(step, 4, 1, SIZE, 1);
            NDArray two = TestImages.noise(step, 2, 1, SIZE, 1);
            NDArray wrongSize = TestImages.noise(step, 4, 1, 20, 1);
            assertThrows(IllegalArgumentException.class, () -> detector.trainStep(four, two));
            assertThrows(IllegalArgumentException.class, () -> detector.trainStep(wrongSize, wrongSize));
        }
    }
}
