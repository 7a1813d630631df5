package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.function.BinaryOperator;

/**
 * The validation loss named {@code unexplained-distance}: how much of the production images' distance from the normal
 * centre is left unexplained when the augmented centre is offered as a second explanation. For each production
 * embedding {@code z}, with {@code d_t = ||z − μ_trn||} and {@code d_a = ||z − μ_aug||},
 * <pre>
 *   L = mean_z min(d_t, d_a) / mean_z d_t
 * </pre>
 * 1 when the augmentation explains nothing, lower the more production images sit nearer the augmented centre than
 * the normal one: the augmented centre is scored as the second centre of a two-means clustering of the production
 * data whose first centre is fixed on the normal images.
 *
 * <p>Why (issue #7): the mean-distance loss of the original method averages {@code ||z − μ_aug||} over <em>all</em>
 * production images. Production data is mostly normal, so that term is lowest when augmented images look normal:
 * measured, every tuned CutDiff area went to its lower bound whatever the production data held. Here a production
 * image that the normal centre already explains contributes {@code d_t} whatever the augmentation does, so only images
 * nearer the augmented centre pull the hyperparameters, and both extremes — augmentations collapsed onto normal and
 * augmentations trivially far away — score exactly 1 and get no gradient at all. That matters with Adam, which turns a
 * tiny but consistent gradient into full-size steps: a first version used a smooth minimum (responsibility-weighted
 * {@code r·d_a + (1−r)·d_t}), which is not monotone in {@code d_a} and drove the area up from every start whatever
 * the data (measured on ELPV poly; README). The hard minimum is monotone and its subgradient exists wherever any
 * production image is nearer the augmented centre.
 *
 * <p>Being a ratio of distances in one space, the loss is invariant to scaling and translating all embeddings
 * without a separate normalisation.
 */
public final class UnexplainedDistanceLoss implements ValidationLoss {

    public static final String NAME = "unexplained-distance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray compute(NDArray zTrn, NDArray zAug, NDArray zVal) {
        return unexplainedShare(zTrn, zAug, zVal, (points, set) -> distances(points, set.mean(new int[] {0}, true)));
    }

    /**
     * {@code mean_z min(d_t, d_a) / mean_z d_t}, with {@code distance(points, set)} giving each production embedding's
     * distance to a set of embeddings (its centre here, its nearest member in {@link NearestUnexplainedLoss}).
     */
    static NDArray unexplainedShare(NDArray zTrn, NDArray zAug, NDArray zVal,
                                    BinaryOperator<NDArray> distance) {
        JointNormalisation.checkShapes(zTrn, zAug, zVal);
        NDManager manager = zAug.getManager();
        NDArray trn = JointNormalisation.constant(zTrn, manager);
        NDArray val = JointNormalisation.constant(zVal, manager);
        NDArray toNormal = distance.apply(val, trn);
        NDArray toAugmented = distance.apply(val, zAug);
        NDArray scale = toNormal.mean(new int[] {0}, true).add(JointNormalisation.EPSILON);
        return toNormal.minimum(toAugmented).mean(new int[] {0}, true).div(scale).reshape(new Shape());
    }

    /** Euclidean distance of each row of {@code points [n, d]} to {@code centre [1, d]}; shape {@code [n]}. */
    private static NDArray distances(NDArray points, NDArray centre) {
        return points.sub(centre).square().sum(new int[] {1}).add(JointNormalisation.EPSILON).sqrt();
    }
}
