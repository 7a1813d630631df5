package io.augtune.augment;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every augmentation family promises, checked the same way for each. */
final class AugmentationContract {

    private AugmentationContract() {
    }

    /** Shape, float32 type and [0, 1] kept at both ends of every range and in the middle. */
    static void assertShapeTypeAndUnitRangeKept(DifferentiableAugmentation augmentation) {
        int k = augmentation.ranges().size();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 3, 16, 16), 1, 0, 1).toType(DataType.FLOAT32, false);
            for (float value : new float[] {-60f, 0f, 60f}) {
                float[] u = new float[k];
                java.util.Arrays.fill(u, value);
                NDArray out = augmentation.apply(images, m.create(u), new Random(3));
                assertEquals(images.getShape(), out.getShape());
                assertEquals(DataType.FLOAT32, out.getDataType());
                assertFalse(out.isNaN().any().getBoolean(), "no NaN at u = " + value);
                assertTrue(out.min().getFloat() >= 0 && out.max().getFloat() <= 1, "in [0, 1] at u = " + value);
            }
        }
    }

    /** The same seed gives the same output; another seed gives another one. */
    static void assertSeededRandomIsReproducible(DifferentiableAugmentation augmentation) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 1, 16, 16), 4, 0.2, 0.8);
            NDArray u = m.create(new double[augmentation.ranges().size()]);
            NDArray first = augmentation.apply(images, u, new Random(11));
            NDArray again = augmentation.apply(images, u, new Random(11));
            NDArray other = augmentation.apply(images, u, new Random(12));
            assertArrayEquals(first.toDoubleArray(), again.toDoubleArray());
            assertFalse(first.contentEquals(other), "another seed places the defects elsewhere");
        }
    }

    /** The tuner's long-lived parameter collects no intermediates (a result attaches to the manager of the array it is called on). */
    static void assertNothingLeftOnTheLongLivedManagerOfU(DifferentiableAugmentation augmentation) {
        try (NDManager m = NDManager.newBaseManager(); NDManager longLived = NDManager.newBaseManager()) {
            NDArray u = longLived.create(new double[augmentation.ranges().size()]);
            u.setRequiresGradient(true);
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 16, 16), 8, 0, 1);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(augmentation.apply(images, u, new Random(1)).sum());
            }
            assertEquals(1, longLived.getManagedArrays().size());
        }
    }

    static void assertRejectsAWrongNumberOfHyperparameters(DifferentiableAugmentation augmentation) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = m.zeros(new Shape(1, 1, 16, 16));
            NDArray tooMany = m.zeros(new Shape(augmentation.ranges().size() + 1));
            assertThrows(IllegalArgumentException.class, () -> augmentation.apply(images, tooMany, new Random()));
        }
    }

    /** How many pixels of the batch moved by more than {@code threshold}. */
    static long changedPixels(NDArray before, NDArray after, double threshold) {
        return after.sub(before).abs().gt(threshold).sum().getLong();
    }
}
