package io.augtune.scoring;

import java.util.Objects;

/**
 * Where an image looks anomalous: one finite value per pixel (or per feature-map position), row-major
 * {@code values[y * width + x]}, higher = more anomalous, in the units of the localiser that made it (for the
 * patch Gaussian: Mahalanobis distance of the position's features). The array is owned by the map; callers must not
 * mutate it. Equality is identity (arrays), compare {@link #values()} explicitly.
 */
public record AnomalyMap(int width, int height, double[] values) {

    public AnomalyMap {
        Objects.requireNonNull(values, "values");
        if (width <= 0 || height <= 0 || (long) width * height != values.length) {
            throw new IllegalArgumentException("map of length " + values.length + " is not " + width + "x" + height);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("anomaly map values must be finite: " + v);
            }
        }
    }

    /** The largest value: the image's map-based anomaly score ({@code max_map_score}). */
    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * The mean of the {@code k} highest values (all of them when the map has fewer): an image score that one stray
     * cell moves less than {@link #max()}.
     */
    public double topMean(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (k == 1) {
            return max();
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = Math.min(k, sorted.length);
        double sum = 0;
        for (int i = sorted.length - n; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / n;
    }

    /** Value at column x, row y. */
    public double valueAt(int x, int y) {
        return values[y * width + x];
    }

    /** This map resampled bilinearly to another size (e.g. the original image's); itself when the size is equal. */
    public AnomalyMap resized(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        return new AnomalyMap(newWidth, newHeight, MapResampling.bilinear(values, width, height, newWidth, newHeight));
    }
}
