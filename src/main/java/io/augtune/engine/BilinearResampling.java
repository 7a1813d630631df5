package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Bilinear resampling of feature maps {@code [1, C, h, w]} onto {@code [1, C, rows, columns]} as two matrix products,
 * edges clamped. Where each output reads the input is the caller's: the half-pixel convention for layers whose
 * positions line up with the pixels, or an offset and a step for layers that do not.
 */
final class BilinearResampling {
    /** The input position (in input steps) that output {@code i} of {@code outputs} reads, from {@code inputs}. */
    interface Position {
        double source(int i, int outputs, int inputs);
    }

    /** Output and input centres aligned (a coarse position's centre lies between two fine ones). */
    static final Position CENTRES = (i, outputs, inputs) -> (i + 0.5) * ((double) inputs / outputs) - 0.5;

    private BilinearResampling() {
    }

    /** Output {@code i} reads input {@code offset + step · i}, along both axes. */
    static Position steps(double offset, double step) {
        return (i, outputs, inputs) -> offset + step * i;
    }

    static NDArray resample(NDArray x, int rows, int columns, Position position) {
        int h = (int) x.getShape().get(2);
        int w = (int) x.getShape().get(3);
        NDManager m = x.getManager();
        NDArray down = m.create(weights(rows, h, position), new Shape(rows, h));
        NDArray acrossT = m.create(weights(columns, w, position), new Shape(columns, w)).transpose();
        // x · acrossᵀ interpolates along rows of every channel, then down · (that) along columns
        return down.matMul(x.matMul(acrossT));
    }

    /** Interpolation matrix {@code [to][from]}: row i holds the bilinear weights of output i over the inputs. */
    static float[] weights(int to, int from, Position position) {
        float[] m = new float[to * from];
        for (int i = 0; i < to; i++) {
            double src = Math.min(from - 1, Math.max(0, position.source(i, to, from)));
            int lo = (int) Math.floor(src);
            int hi = Math.min(from - 1, lo + 1);
            double frac = src - lo;
            m[i * from + lo] += (float) (1 - frac);
            m[i * from + hi] += (float) frac;
        }
        return m;
    }
}
