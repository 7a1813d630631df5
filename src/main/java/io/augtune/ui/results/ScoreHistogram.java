package io.augtune.ui.results;

import java.util.Arrays;
import java.util.List;

/**
 * Equal-width bins over the score range, with a little margin so thresholds at the extremes can still be dragged.
 * Immutable.
 *
 * @param low    left edge of the first bin, in score units
 * @param high   right edge of the last bin
 * @param counts images per bin
 */
public record ScoreHistogram(double low, double high, int[] counts) {

    /**
     * Bins for these scores (NaN and infinite scores left out) over a range that also covers {@code alsoShow} (e.g.
     * the thresholds); a flat range gets a small width around it.
     */
    public static ScoreHistogram of(List<Double> scores, int bins, double... alsoShow) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be positive: " + bins);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            if (Double.isFinite(score)) {
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        for (double value : alsoShow) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            return new ScoreHistogram(0, 1, new int[bins]);
        }
        double span = max - min;
        double margin = span > 0 ? span * 0.04 : Math.max(0.5, Math.abs(min) * 0.1);
        double low = min >= 0 ? Math.max(0, min - margin) : min - margin;
        double high = max + margin;
        int[] counts = new int[bins];
        for (double score : scores) {
            if (Double.isFinite(score)) {
                counts[binOf(score, low, high, bins)]++;
            }
        }
        return new ScoreHistogram(low, high, counts);
    }

    private static int binOf(double score, double low, double high, int bins) {
        int bin = (int) ((score - low) / (high - low) * bins);
        return Math.max(0, Math.min(bins - 1, bin));
    }

    public int bins() {
        return counts.length;
    }

    public int maxCount() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** Score at a horizontal position in [0,1] of the plot. */
    public double scoreAt(double fraction) {
        return low + fraction * (high - low);
    }

    /** Horizontal position in [0,1] of a score. */
    public double fractionOf(double score) {
        return (score - low) / (high - low);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreHistogram h && h.low == low && h.high == high && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(low) * 31 + Double.hashCode(high) * 17 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ScoreHistogram[" + low + ".." + high + ", " + Arrays.toString(counts) + "]";
    }
}
