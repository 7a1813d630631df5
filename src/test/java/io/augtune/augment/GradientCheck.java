package io.augtune.augment;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares autograd gradients of {@code sum(augment(images, u) · W)} with central finite differences, in float64. */
final class GradientCheck {

    private static final double STEP = 1e-5;

    private GradientCheck() {
    }

    /** Asserts, for every hyperparameter, that the autograd gradient matches finite differences. */
    static void assertGradientMatchesFiniteDifferences(
            DifferentiableAugmentation augmentation, NDArray images, double[] u, long seed) {
        NDManager manager = images.getManager();
        NDArray weights = TestArrays.uniform(manager, images.getShape(), 99, -1, 1);
        double[] analytic = autogradGradient(augmentation, images, weights, u, seed);
        for (int k = 0; k < u.length; k++) {
            double[] plus = u.clone();
            double[] minus = u.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            double numeric = (objective(augmentation, images, weights, plus, seed)
                    - objective(augmentation, images, weights, minus, seed)) / (2 * STEP);
            assertTrue(Math.abs(numeric) > 1e-4, "gradient " + k + " should not vanish: " + numeric);
            assertEquals(numeric, analytic[k], 1e-6 * Math.abs(numeric), "gradient of hyperparameter " + k);
        }
    }

    private static double[] autogradGradient(
            DifferentiableAugmentation augmentation, NDArray images, NDArray weights, double[] u, long seed) {
        NDArray uTensor = images.getManager().create(u);
        uTensor.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray loss = augmentation.apply(images, uTensor, new Random(seed)).mul(weights).sum();
            collector.backward(loss);
        }
        return uTensor.getGradient().duplicate().toDoubleArray();
    }

    private static double objective(
            DifferentiableAugmentation augmentation, NDArray images, NDArray weights, double[] u, long seed) {
        NDArray uTensor = images.getManager().create(u);
        return augmentation.apply(images, uTensor, new Random(seed)).mul(weights).sum().getDouble();
    }
}
