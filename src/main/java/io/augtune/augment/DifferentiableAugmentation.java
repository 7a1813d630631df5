package io.augtune.augment;

import ai.djl.ndarray.NDArray;

import java.util.List;
import java.util.Random;

/**
 * A synthetic-defect augmentation whose output is differentiable in its hyperparameters.
 *
 * <p>Hyperparameters are passed as one unconstrained tensor {@code u} of shape {@code [k]} (k = {@code ranges().size()},
 * in that order), mapped into range inside {@link #apply} with the sigmoid of {@link HyperparameterRange}, so that a
 * gradient on the output reaches {@code u}.
 */
public interface DifferentiableAugmentation {

    /** Stable family name: {@code cutdiff}, {@code rotation}, ... */
    String family();

    /** The hyperparameters, in the order of {@code u}. */
    List<HyperparameterRange> ranges();

    /**
     * Augments a batch.
     *
     * @param images batch {@code [N, C, H, W]}, values in [0,1]
     * @param u      unconstrained hyperparameters {@code [k]}, same data type as images; may require gradient
     * @param random source of per-image randomness (patch centres, ...); the only randomness used, so a seeded
     *               Random makes the result reproducible
     * @return augmented batch {@code [N, C, H, W]} in [0,1], attached to the images' manager
     */
    NDArray apply(NDArray images, NDArray u, Random random);
}
