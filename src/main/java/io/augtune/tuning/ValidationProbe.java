package io.augtune.tuning;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.engine.Detector;
import io.augtune.validation.ValidationLoss;

import java.util.Random;

/**
 * Measures the unsupervised validation loss of an augmentation setting for a frozen detector, with or
 * without its gradient with respect to the unconstrained hyperparameters. Only the augmented block carries
 * gradient; normal and production embeddings are constants.
 */
public final class ValidationProbe {
    private final DifferentiableAugmentation augmentation;
    private final ValidationLoss loss;

    public ValidationProbe(DifferentiableAugmentation augmentation, ValidationLoss loss) {
        this.augmentation = augmentation;
        this.loss = loss;
    }

    /** Loss value and its gradient with respect to {@code u}. */
    public record Measurement(double value, double[] gradient) {
    }

    /** One stochastic hyperparameter-gradient measurement on random samples of {@code n} images per block. */
    public Measurement gradient(Detector detector, TuningData data, double[] u, Random random, int n) {
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray normals = data.sampleNormals(step, random, n);
            NDArray production = data.sampleProduction(step, random, n);
            return measure(detector, step, normals, production, u, random);
        }
    }

    /**
     * The loss on fixed samples ({@code n} images spread over each set, augmentation randomness from {@code seed}),
     * used to compare runs and grid points on equal terms.
     */
    public double fixedLoss(Detector detector, TuningData data, double[] u, long seed, int n) {
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray normals = data.fixedNormals(step, n);
            NDArray production = data.fixedProduction(step, n);
            NDArray augmented = augmentation.apply(normals, step.create(toFloats(u)), new Random(seed));
            // value only: large final samples need no autograd graph
            return loss.compute(detector.embedInBatches(normals), detector.embedInBatches(augmented),
                    detector.embedInBatches(production)).getFloat();
        }
    }

    private Measurement measure(Detector detector, NDManager step, NDArray normals, NDArray production,
                                double[] u, Random random) {
        NDArray zTrn = detector.embed(normals).stopGradient();
        NDArray zVal = detector.embed(production).stopGradient();
        NDArray uArray = step.create(toFloats(u));
        uArray.setRequiresGradient(true);
        double value;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray augmented = augmentation.apply(normals, uArray, random);
            NDArray zAug = detector.embed(augmented);
            NDArray l = loss.compute(zTrn, zAug, zVal);
            collector.backward(l);
            value = l.getFloat();
        }
        float[] g = uArray.getGradient().toFloatArray();
        double[] grad = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            grad[i] = g[i];
        }
        return new Measurement(value, grad);
    }

    static float[] toFloats(double[] u) {
        float[] f = new float[u.length];
        for (int i = 0; i < u.length; i++) {
            f[i] = (float) u[i];
        }
        return f;
    }
}
