package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectorBenchmarkTest {

    @Test
    void aTinyRunReportsPositiveTimesThroughputAndMemory() {
        List<String> log = new ArrayList<>();
        BenchmarkResult result = DetectorBenchmark.run(new BenchmarkSettings(16, 1, 4, 6, 2),
                new SoftPatchAugmentation(), log::add);
        assertTrue(result.medianTrainStepMs() > 0, result.summary());
        assertTrue(result.medianHyperStepMs() > 0, result.summary());
        assertTrue(result.inferenceImagesPerSec() > 0, result.summary());
        assertTrue(result.peakRssMb() >= result.rssEndMb(), result.summary());
        assertTrue(log.isEmpty(), "no progress line before step 50");
    }

    @Test
    void theTestAugmentationIsDifferentiableInItsHyperparameter() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray images = TestImages.noise(manager, 2, 1, 16, 1).add(0.4f);
            NDArray u = manager.zeros(new Shape(2));
            u.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(new SoftPatchAugmentation().apply(images, u).sum());
            }
            assertNotEquals(0f, u.getGradient().getFloat(0));
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, DetectorBenchmark.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, DetectorBenchmark.median(new double[] {5, 3, 1}));
        assertTrue(Double.isNaN(DetectorBenchmark.median(new double[0])));
    }

    @Test
    void settingsRejectAnEmptyWorkload() {
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings(64, 1, 0, 10, 2));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkSettings(8, 1, 4, 10, 2));
    }
}
