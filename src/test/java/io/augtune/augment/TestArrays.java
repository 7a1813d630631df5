package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.Random;

/** Small float64 test tensors, reproducible without the engine's random generator. */
final class TestArrays {

    private TestArrays() {
    }

    /** Values uniform in [lo, hi], reproducible from the seed. */
    static NDArray uniform(NDManager manager, Shape shape, long seed, double lo, double hi) {
        Random random = new Random(seed);
        double[] values = new double[Math.toIntExact(shape.size())];
        for (int k = 0; k < values.length; k++) {
            values[k] = lo + (hi - lo) * random.nextDouble();
        }
        return manager.create(values, shape);
    }

    /** Every element equal to {@code value}. */
    static NDArray constant(NDManager manager, Shape shape, double value) {
        return manager.ones(shape, DataType.FLOAT64).mul(value);
    }
}
