package io.augtune.scoring;

/**
 * Resizes small anomaly maps (e.g. 16x16 positions) to the original image size for overlay and defect measurement.
 */
public final class MapResampling {

    private MapResampling() {
    }

    /**
     * Bilinear resampling with pixel centres aligned (the convention of OpenCV's INTER_LINEAR and PyTorch's
     * {@code align_corners=false}): output pixel centre {@code (i + 0.5)} maps to input coordinate
     * {@code (i + 0.5) · in/out − 0.5}, clamped to the first and last input pixel, so borders repeat the edge values.
     *
     * @param map row-major {@code [height*width]}; not modified
     * @return row-major {@code [outHeight*outWidth]}
     */
    public static double[] bilinear(double[] map, int width, int height, int outWidth, int outHeight) {
        if (width <= 0 || height <= 0 || (long) width * height != map.length) {
            throw new IllegalArgumentException("map of length " + map.length + " is not " + width + "x" + height);
        }
        if (outWidth <= 0 || outHeight <= 0) {
            throw new IllegalArgumentException("output size must be positive: " + outWidth + "x" + outHeight);
        }
        Axis xs = Axis.of(width, outWidth);
        Axis ys = Axis.of(height, outHeight);
        double[] out = new double[Math.multiplyExact(outWidth, outHeight)];
        for (int oy = 0; oy < outHeight; oy++) {
            int row0 = ys.lower[oy] * width;
            int row1 = ys.upper[oy] * width;
            double fy = ys.fraction[oy];
            for (int ox = 0; ox < outWidth; ox++) {
                int x0 = xs.lower[ox];
                int x1 = xs.upper[ox];
                double fx = xs.fraction[ox];
                double top = map[row0 + x0] + fx * (map[row0 + x1] - map[row0 + x0]);
                double bottom = map[row1 + x0] + fx * (map[row1 + x1] - map[row1 + x0]);
                out[oy * outWidth + ox] = top + fy * (bottom - top);
            }
        }
        return out;
    }

    /** Per output index along one axis: the two input neighbours and the weight of the upper one. */
    private record Axis(int[] lower, int[] upper, double[] fraction) {
        static Axis of(int in, int out) {
            int[] lower = new int[out];
            int[] upper = new int[out];
            double[] fraction = new double[out];
            double ratio = (double) in / out;
            for (int i = 0; i < out; i++) {
                double source = Math.min(Math.max((i + 0.5) * ratio - 0.5, 0), in - 1);
                lower[i] = (int) Math.floor(source);
                upper[i] = Math.min(lower[i] + 1, in - 1);
                fraction[i] = source - lower[i];
            }
            return new Axis(lower, upper, fraction);
        }
    }
}
