package io.augtune.validation;

import ai.djl.ndarray.NDArray;

/**
 * The validation loss named {@code unexplained-nearest}: {@link UnexplainedDistanceLoss} with nearest neighbours in
 * place of centres. For each production embedding {@code z}, {@code d_t} is its distance to the nearest normal
 * embedding and {@code d_a} to the nearest augmented one:
 * <pre>
 *   L = mean_z min(d_t, d_a) / mean_z d_t
 * </pre>
 * The denominator is then exactly the k = 1 nearest-neighbour anomaly score that patch detection ranks with, summed
 * over the production sample, and L the share of it that the augmentation leaves unexplained.
 *
 * <p>Why a variant (issue #7): patches of one normal part are not one cluster (edge, busbar and plain patches of a
 * solar cell sit far apart), so a production patch of a rarer normal kind can sit nearer the augmented centre than the
 * normal centre and pull the hyperparameters although nothing about it is anomalous. Its nearest normal neighbour is
 * close. The augmented set is the normal sample with the augmentation applied, so an augmentation too faint to matter
 * gives the same neighbours as the normal sample (loss near 1), not a second, denser normal sample.
 */
public final class NearestUnexplainedLoss implements ValidationLoss {

    public static final String NAME = "unexplained-nearest";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray compute(NDArray zTrn, NDArray zAug, NDArray zVal) {
        return UnexplainedDistanceLoss.unexplainedShare(zTrn, zAug, zVal, NearestUnexplainedLoss::nearest);
    }

    /** Distance of each row of {@code points [n, d]} to its nearest row of {@code set [m, d]}; shape {@code [n]}. */
    private static NDArray nearest(NDArray points, NDArray set) {
        NDArray squared = points.square().sum(new int[] {1}, true)
                .add(set.square().sum(new int[] {1}).reshape(1, -1))
                .sub(points.matMul(set.transpose()).mul(2));
        // Clamped: rounding can leave a tiny negative square for coincident points.
        return squared.maximum(0f).add(JointNormalisation.EPSILON).sqrt().min(new int[] {1});
    }
}
