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

    /**
     * Asserts that scaling all embeddings by {@code factor} and translating them all leaves the loss unchanged, on
     * three separated clusters in 3-d; returns the loss there.
     */
    static double assertInvariantToScalingAndTranslation(ValidationLoss loss, double factor) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = cluster(m, 5, new double[] {0, 0, 0}, 0.3, 1);
            NDArray zAug = cluster(m, 4, new double[] {1, 2, 0}, 0.3, 2);
            NDArray zVal = cluster(m, 6, new double[] {0.5, 1, 1}, 0.5, 3);
            double base = value(loss, zTrn, zAug, zVal);
            double scaled = value(loss, zTrn.mul(factor), zAug.mul(factor), zVal.mul(factor));
            NDArray offset = m.create(new double[] {5, -1, 3});
            double moved = value(loss, zTrn.add(offset), zAug.add(offset), zVal.add(offset));
            assertEquals(base, scaled, 1e-9, "scaled by " + factor);
            assertEquals(base, moved, 1e-9, "translated");
            return base;
        }
    }

    /**
     * The constructed case of the engine issue: production = normal cluster at the origin plus a few anomalies at
     * (3, 0); asserts the loss is lower with the augmented cluster on the anomalies than at each alternative centre.
     */
    static void assertLowestWhereTheAnomaliesAre(ValidationLoss loss, double[]... alternatives) {
        try (NDManager m = NDManager.newBaseManager()) {
            double[] anomalies = {3, 0};
            NDArray zTrn = cluster(m, 12, new double[] {0, 0}, 0.2, 1);
            NDArray zVal = cluster(m, 8, new double[] {0, 0}, 0.2, 2).concat(cluster(m, 4, anomalies, 0.2, 3), 0);
            double atAnomalies = value(loss, zTrn, cluster(m, 12, anomalies, 0.2, 4), zVal);
            for (double[] centre : alternatives) {
                double elsewhere = value(loss, zTrn, cluster(m, 12, centre, 0.2, 4), zVal);
                assertTrue(atAnomalies < elsewhere, "at the anomalies " + atAnomalies + " < at ("
                        + centre[0] + ", " + centre[1] + ") " + elsewhere);
            }
        }
    }

    /**
     * Asserts the loss is exactly 1 for augmented embeddings collapsed onto the normal ones and for augmented embeddings
     * trivially far away: in neither case does the augmentation explain a production image.
     */
    static void assertOneWhenTheAugmentationExplainsNothing(ValidationLoss loss) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = cluster(m, 10, new double[] {0, 0}, 0.3, 1);
            NDArray zVal = cluster(m, 10, new double[] {0, 0}, 0.3, 2).concat(cluster(m, 4, new double[] {2, 0}, 0.2, 3), 0);
            assertEquals(1.0, value(loss, zTrn, zTrn.add(0), zVal), 1e-6);
            assertEquals(1.0, value(loss, zTrn, cluster(m, 8, new double[] {0, 80}, 0.2, 4), zVal), 1e-6);
        }
    }

    /**
     * The gradient check on production images well inside the normal or the augmented side, so that finite
     * differences do not cross the kink of a minimum.
     */
    static void assertGradientMatchesFiniteDifferencesAwayFromKinks(ValidationLoss loss) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = cluster(m, 5, new double[] {0, 0, 0}, 0.4, 1);
            NDArray zAug = cluster(m, 4, new double[] {1, -1, 0.5}, 0.4, 2);
            NDArray zVal = cluster(m, 3, new double[] {0, 0, 0}, 0.2, 3)
                    .concat(cluster(m, 3, new double[] {1.2, -1.2, 0.6}, 0.2, 5), 0);
            assertGradientMatchesFiniteDifferences(loss, zTrn, zAug, zVal);
        }
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
