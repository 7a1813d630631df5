package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * The validation loss named {@code unexplained-distance}: how much of the production images' distance from the normal
 * centre is left unexplained when the augmented centre is offered as a second explanation. For each production
 * embedding {@code z}, with {@code d_t = ||z − μ_trn||} and {@code d_a = ||z − μ_aug||},
 * <pre>
 *   r = σ((d_t − d_a) / τ)                 (soft "the augmented centre is nearer")
 *   L = mean_z [ r·d_a + (1 − r)·d_t ] / mean_z d_t,     τ = 0.1 · mean_z d_t
 * </pre>
 * i.e. a smooth {@code min(d_t, d_a)} relative to {@code d_t} alone: 1 when the augmentation explains nothing,
 * lower the more production images sit nearer the augmented centre than the normal one.
 *
 * <p>Why (issue #7): the mean-distance loss of METHOD.md §5 averages {@code ||z − μ_aug||} over <em>all</em>
 * production images. Production data is mostly normal, so that term is lowest when augmented images look normal:
 * measured, every tuned CutDiff area went to its lower bound whatever the production data held. Here a production
 * image that the normal centre already explains contributes {@code d_t} whatever the augmentation does, so only images
 * that look more like augmented than normal pull the hyperparameters, and both extremes — augmentations collapsed
 * onto normal and augmentations trivially far away — score exactly 1. Being a ratio of distances in the same space,
 * the loss is invariant to scaling and translating all embeddings without a separate normalisation, and it does not
 * depend on the anomaly ratio beyond the images it counts.
 */
public final class UnexplainedDistanceLoss implements ValidationLoss {

    public static final String NAME = "unexplained-distance";
    /** Softness of the min, as a fraction of the mean normal distance: small enough to be a min, smooth enough to
     * give every near-tie a gradient. */
    static final double TEMPERATURE = 0.1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray compute(NDArray zTrn, NDArray zAug, NDArray zVal) {
        JointNormalisation.checkShapes(zTrn, zAug, zVal);
        NDManager manager = zAug.getManager();
        NDArray trn = JointNormalisation.constant(zTrn, manager);
        NDArray val = JointNormalisation.constant(zVal, manager);
        NDArray toNormal = distances(val, trn.mean(new int[] {0}, true));
        NDArray toAugmented = distances(val, zAug.mean(new int[] {0}, true));
        NDArray scale = toNormal.mean(new int[] {0}, true).add(JointNormalisation.EPSILON);
        NDArray nearerAugmented = Activation.sigmoid(toNormal.sub(toAugmented).div(scale.mul(TEMPERATURE)));
        NDArray softMin = nearerAugmented.mul(toAugmented).add(nearerAugmented.neg().add(1).mul(toNormal));
        return softMin.mean(new int[] {0}, true).div(scale).reshape(new Shape());
    }

    /** Euclidean distance of each row of {@code points [n, d]} to {@code centre [1, d]}; shape {@code [n]}. */
    private static NDArray distances(NDArray points, NDArray centre) {
        return points.sub(centre).square().sum(new int[] {1}).add(JointNormalisation.EPSILON).sqrt();
    }
}
