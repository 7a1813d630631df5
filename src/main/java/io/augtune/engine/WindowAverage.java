package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * A stride-1 average over each position's square window that divides by the values inside the map (TF's 'same'
 * average pool, PyTorch's {@code count_include_pad=False}). DJL 0.36's PyTorch engine counts the padding whatever
 * {@code countIncludePad} says (an all-ones 4×4 map comes out 4/9 in the corners either way), so the padded average
 * is divided by the share of each window that lies inside the map.
 */
final class WindowAverage {
    private WindowAverage() {
    }

    /** The average of {@code [N, C, H, W]} over each position's {@code size × size} window (size odd). */
    static NDArray insideMap(NDArray x, int size) {
        NDArray ones = x.getManager().ones(new Shape(1, 1, x.getShape().get(2), x.getShape().get(3)),
                x.getDataType());
        return padded(x, size).div(padded(ones, size));
    }

    private static NDArray padded(NDArray x, int size) {
        return Pool.avgPool2d(x, new Shape(size, size), new Shape(1, 1), new Shape(size / 2, size / 2), false, true);
    }
}
