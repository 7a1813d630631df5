package io.augtune.scoring;

import io.augtune.common.Raster;

/**
 * What a defect spanning the whole part changes and a patch detector cannot see: the part's overall brightness and
 * contrast, and how brightness is laid out across it. Patch scores compare each small region with normal regions;
 * a part that is uniformly darker, or shaded from one side, has every region individually normal, so only
 * image-level statistics tell it apart.
 *
 * <p>The descriptor (of the luminance, the mean of the channels): mean, standard deviation, and the mean of each cell
 * of a {@value #GRID} x {@value #GRID} grid minus the overall mean (the layout, independent of the overall level).
 */
public final class GlobalFeatures {
    /** Cells per side of the brightness layout: coarse enough that a defect of a few cells barely moves it. */
    public static final int GRID = 4;
    /** Length of a descriptor. */
    public static final int DIMENSION = 2 + GRID * GRID;

    private GlobalFeatures() {
    }

    /** The descriptor of one image of any size (at least one pixel). */
    public static double[] of(Raster image) {
        int w = image.width();
        int h = image.height();
        double[] cellSum = new double[GRID * GRID];
        int[] cellCount = new int[GRID * GRID];
        double sum = 0;
        double sumSquares = 0;
        int plane = image.planeSize();
        float[] data = image.data();
        for (int y = 0; y < h; y++) {
            int cy = Math.min(GRID - 1, y * GRID / h);
            for (int x = 0; x < w; x++) {
                double v = 0;
                for (int c = 0; c < image.channels(); c++) {
                    v += data[c * plane + y * w + x];
                }
                v /= image.channels();
                int cell = cy * GRID + Math.min(GRID - 1, x * GRID / w);
                cellSum[cell] += v;
                cellCount[cell]++;
                sum += v;
                sumSquares += v * v;
            }
        }
        int n = w * h;
        double mean = sum / n;
        double[] out = new double[DIMENSION];
        out[0] = mean;
        out[1] = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
        for (int i = 0; i < cellSum.length; i++) {
            // an image narrower than the grid leaves cells empty: they sit at the mean, i.e. carry no layout
            out[2 + i] = cellCount[i] == 0 ? 0 : cellSum[i] / cellCount[i] - mean;
        }
        return out;
    }
}
