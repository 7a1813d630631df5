package io.augtune.validation;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic float64 embeddings and a finite-difference gradient check for validation losses. */
final class Embeddings {

    private static final double STEP = 1e-6;

    private Embeddings() {
    }

    /** {@code rows} points {@code [rows, centre.length]} scattered around {@code centre} with the given spread. */
    static NDArray cluster(NDManager manager, int rows, double[] centre, double spread, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * centre.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = centre[k % centre.length] + spread * random.nextGaussian();
        }
        return manager.create(values, new Shape(rows, centre.length));
    }

    /** A float32 copy. */
    static NDArray toFloat(NDArray z) {
        return z.toType(DataType.FLOAT32, false);
    }

    /** The loss as a plain number. */
    static double value(ValidationLoss loss, NDArray zTrn, NDArray zAug, NDArray zVal) {
        return loss.compute(zTrn, zAug, zVal).getDouble();
    }

    /** Asserts that autograd's gradient w.r.t. every entry of {@code zAug} matches central differences. */
    static void assertGradientMatchesFiniteDifferences(ValidationLoss loss, NDArray zTrn, NDArray zAug, NDArray zVal) {
        double[] analytic = autogradGradient(loss, zTrn, zAug, zVal);
        double[] aug = zAug.toDoubleArray();
        double largest = 0;
        for (int k = 0; k < aug.length; k++) {
            double numeric = (value(loss, zTrn, shifted(zAug, aug, k, STEP), zVal)
                    - value(loss, zTrn, shifted(zAug, aug, k, -STEP), zVal)) / (2 * STEP);
            assertEquals(numeric, analytic[k], 1e-6 * Math.max(Math.abs(numeric), 1e-3), "entry " + k);
            largest = Math.max(largest, Math.abs(numeric));
        }
        assertTrue(largest > 1e-3, "the gradient should not vanish");
    }

    private static double[] autogradGradient(ValidationLoss loss, NDArray zTrn, NDArray zAug, NDArray zVal) {
        NDArray tracked = zAug.duplicate();
        tracked.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(loss.compute(zTrn, tracked, zVal));
        }
        return tracked.getGradient().duplicate().toDoubleArray();
    }

    private static NDArray shifted(NDArray like, double[] values, int index, double step) {
        double[] copy = values.clone();
        copy[index] += step;
        return like.getManager().create(copy, like.getShape());
    }
}
