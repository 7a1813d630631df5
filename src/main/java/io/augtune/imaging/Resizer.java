package io.augtune.imaging;

import io.augtune.common.Raster;

import java.util.Arrays;

/**
 * Resizes rasters to an arbitrary width and height (the aspect ratio is not kept: the working resolution is a
 * square). Each axis is handled on its own: area averaging where it shrinks (every output pixel is the
 * area-weighted mean of the input pixels it covers, exactly, also for non-integer ratios), bilinear interpolation
 * where it grows. Because the area-average box is a product of its two axes, doing the axes one after the other
 * gives the same result as the two-dimensional definition.
 */
public final class Resizer {

    private Resizer() {
    }

    /** A new raster of {@code width x height} with the same channels; the source itself when the size is equal. */
    public static Raster resize(Raster source, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        if (width == source.width() && height == source.height()) {
            return source;
        }
        float[] rows = resizeRows(source.data(), source.width(), source.height() * source.channels(),
                AxisWeights.of(source.width(), width), width);
        float[] out = resizeColumns(rows, width, source.height(), source.channels(),
                AxisWeights.of(source.height(), height), height);
        return new Raster(width, height, source.channels(), out);
    }

    /** Resamples every row (of every channel plane, which are just more rows) to {@code width} samples. */
    private static float[] resizeRows(float[] in, int inWidth, int rowCount, AxisWeights axis, int width) {
        float[] out = new float[rowCount * width];
        for (int row = 0; row < rowCount; row++) {
            int inBase = row * inWidth;
            int outBase = row * width;
            for (int x = 0; x < width; x++) {
                int[] index = axis.indices[x];
                double[] weight = axis.weights[x];
                double sum = 0;
                for (int k = 0; k < index.length; k++) {
                    sum += weight[k] * in[inBase + index[k]];
                }
                out[outBase + x] = (float) sum;
            }
        }
        return out;
    }

    private static float[] resizeColumns(float[] in, int width, int inHeight, int channels, AxisWeights axis,
                                         int height) {
        float[] out = new float[channels * height * width];
        double[] sums = new double[width];
        for (int c = 0; c < channels; c++) {
            int inPlane = c * inHeight * width;
            int outPlane = c * height * width;
            for (int y = 0; y < height; y++) {
                Arrays.fill(sums, 0.0);
                int[] index = axis.indices[y];
                double[] weight = axis.weights[y];
                for (int k = 0; k < index.length; k++) {
                    int inRow = inPlane + index[k] * width;
                    for (int x = 0; x < width; x++) {
                        sums[x] += weight[k] * in[inRow + x];
                    }
                }
                for (int x = 0; x < width; x++) {
                    out[outPlane + y * width + x] = (float) sums[x];
                }
            }
        }
        return out;
    }
}
