package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The mean-distance validation loss of the original method, named {@code mean-distance}:
 * {@code L = ½ · [ mean_{z∈Z_val} ||z − μ_trn|| + mean_{z∈Z_val} ||z − μ_aug|| ]} on jointly normalised embeddings
 * ({@link JointNormalisation}), where {@code μ_trn}, {@code μ_aug} are the means of the normalised {@code Z_trn},
 * {@code Z_aug}. Comparing with the two means, not with every point, makes the loss independent of the unknown
 * anomaly ratio in the production data. Unit: normalised embedding distance (dimensionless).
 */
public final class MeanDistanceLoss implements ValidationLoss {

    public static final String NAME = "mean-distance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray compute(NDArray zTrn, NDArray zAug, NDArray zVal) {
        JointNormalisation.Normalised z = JointNormalisation.normalise(zTrn, zAug, zVal);
        NDArray toNormal = meanDistance(z.val(), z.trn().mean(new int[] {0}, true));
        NDArray toAugmented = meanDistance(z.val(), z.aug().mean(new int[] {0}, true));
        return toNormal.add(toAugmented).mul(0.5).reshape(new Shape());
    }

    /** Mean Euclidean distance of the rows of {@code points [n, d]} to {@code centre [1, d]}; shape {@code [1]}. */
    private static NDArray meanDistance(NDArray points, NDArray centre) {
        return points.sub(centre).square().sum(new int[] {1}).add(JointNormalisation.EPSILON).sqrt()
                .mean(new int[] {0}, true);
    }
}
