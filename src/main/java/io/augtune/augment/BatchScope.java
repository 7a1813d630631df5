package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * Brings hyperparameter tensors into the scope of an image batch.
 *
 * <p>A DJL operation attaches its result to the manager of the array it is called on. The tuner keeps {@code u} on a
 * long-lived manager, so calling anything on {@code u} would pile one step's intermediates after another onto that
 * manager, and the tuner's memory would grow step by step. Everything here is called on batch-scoped arrays instead.
 */
final class BatchScope {

    private BatchScope() {
    }

    /**
     * A differentiable copy of {@code array} attached to the batch's manager, in the batch's data type. The gradient
     * flows back to {@code array}; nothing is attached to {@code array}'s own manager.
     */
    static NDArray adopt(NDArray batch, NDArray array) {
        NDManager manager = batch.getManager();
        NDArray local = manager.zeros(array.getShape(), array.getDataType()).add(array);
        if (local.getDataType() != batch.getDataType()) {
            local = local.toType(batch.getDataType(), false);
        }
        return local;
    }

    /**
     * Entry {@code k} of an adopted hyperparameter tensor as shape {@code [1]}. Not 0-dimensional on purpose: PyTorch
     * promotes a 0-dimensional float32 combined with a Java double to float64, a 1-dimensional one stays float32.
     */
    static NDArray component(NDArray adopted, int k) {
        return adopted.get(new NDIndex().addSliceDim(k, k + 1));
    }

    /**
     * Maps one unconstrained hyperparameter {@code [1]} (from {@link #component}) into its range, as
     * {@link HyperparameterRange#toValue} does for doubles, but differentiably.
     *
     * @return shape {@code [1]}, in the range's unit
     */
    static NDArray toValue(HyperparameterRange range, NDArray unconstrained) {
        NDArray s = Activation.sigmoid(unconstrained);
        if (range.logScale()) {
            double logLo = Math.log(range.lo());
            return s.mul(Math.log(range.hi()) - logLo).add(logLo).exp();
        }
        return s.mul(range.hi() - range.lo()).add(range.lo());
    }

    /** A constant column of per-image values {@code [N]} on the batch's manager, in the batch's data type. */
    static NDArray constants(NDArray batch, double[] values) {
        NDArray array = batch.getManager().create(values, new Shape(values.length));
        if (array.getDataType() == batch.getDataType()) {
            return array;
        }
        NDArray converted = array.toType(batch.getDataType(), false);
        array.close();
        return converted;
    }

    /** Checks that {@code images} is {@code [N, C, H, W]} with at least 2×2 pixels and {@code u} has shape {@code [k]}. */
    static void check(NDArray images, NDArray u, long k) {
        Shape shape = images.getShape();
        if (shape.dimension() != 4 || shape.get(2) < 2 || shape.get(3) < 2) {
            throw new IllegalArgumentException("images must be [N, C, H, W] with H, W >= 2, got " + shape);
        }
        if (u.getShape().dimension() != 1 || u.getShape().get(0) != k) {
            throw new IllegalArgumentException("hyperparameter tensor must have shape [" + k + "], got " + u.getShape());
        }
    }
}
