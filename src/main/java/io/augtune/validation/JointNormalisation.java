package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Step 1 of the loss: stack {@code Z_trn}, {@code Z_aug}, {@code Z_val} (N rows), subtract the stack's mean and
 * multiply by {@code sqrt(N) / ||Z_centred||_F}. Afterwards the rows' mean squared norm is 1, so the mean squared
 * distance over all ordered pairs of rows is exactly 2: no loss can be lowered by shrinking everything together,
 * and the result is invariant to translating or scaling all embeddings.
 *
 * <p>{@code Z_trn} and {@code Z_val} are detached: they are constants of the tuning step, and a caller that computed
 * them with gradient tracking on must not get loss gradients in the detector's weights. All results are attached to
 * {@code Z_aug}'s manager.
 */
final class JointNormalisation {

    /**
     * Inside square roots, so that the gradient stays finite at zero. Reductions below keep their axes: PyTorch
     * would promote a 0-dimensional float32 combined with a Java double to float64.
     */
    static final double EPSILON = 1e-12;

    /** The normalised blocks, each {@code [n_i, d]}. */
    record Normalised(NDArray trn, NDArray aug, NDArray val) {
    }

    private JointNormalisation() {
    }

    static Normalised normalise(NDArray zTrn, NDArray zAug, NDArray zVal) {
        checkShapes(zTrn, zAug, zVal);
        NDManager manager = zAug.getManager();
        long nAug = zAug.getShape().get(0);
        long nTrn = zTrn.getShape().get(0);
        long total = nAug + nTrn + zVal.getShape().get(0);
        NDArray stack = zAug.concat(constant(zTrn, manager), 0).concat(constant(zVal, manager), 0);
        NDArray centred = stack.sub(stack.mean(new int[] {0}, true));
        NDArray norm = centred.square().sum(new int[] {0, 1}, true).add(EPSILON).sqrt();
        NDArray normalised = centred.mul(Math.sqrt(total)).div(norm);
        return new Normalised(
                normalised.get(new NDIndex().addSliceDim(nAug, nAug + nTrn)),
                normalised.get(new NDIndex().addSliceDim(0, nAug)),
                normalised.get(new NDIndex().addSliceDim(nAug + nTrn, total)));
    }

    /** A gradient-free view of {@code z} moved to {@code manager}, so nothing is left on z's own manager. */
    static NDArray constant(NDArray z, NDManager manager) {
        NDArray detached = z.stopGradient();
        detached.attach(manager);
        return detached;
    }

    static void checkShapes(NDArray zTrn, NDArray zAug, NDArray zVal) {
        Shape aug = zAug.getShape();
        for (NDArray z : new NDArray[] {zTrn, zAug, zVal}) {
            Shape shape = z.getShape();
            if (shape.dimension() != 2 || shape.get(0) < 1 || shape.get(1) != aug.get(aug.dimension() - 1)) {
                throw new IllegalArgumentException("embeddings must be [n, d] with n >= 1 and one shared d; got "
                        + zTrn.getShape() + ", " + aug + ", " + zVal.getShape());
            }
        }
        if (zTrn.getDataType() != zAug.getDataType() || zVal.getDataType() != zAug.getDataType()) {
            throw new IllegalArgumentException("embeddings must share one data type");
        }
    }
}
