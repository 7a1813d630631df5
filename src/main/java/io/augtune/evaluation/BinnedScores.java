package io.augtune.evaluation;

import java.util.Arrays;

/**
 * A histogram of pixel scores with bounded memory for pixel-level metrics over tens of millions of pixels: per bin,
 * the number of negative (normal) pixels, the number of positive (defect) pixels and a sum of positive weights
 * (used by AUPRO for per-region fractions). Counts are held in doubles, exact up to 2⁵³.
 *
 * <p>The bins are equal-width over a range that adapts to the data: the first {@link #include} spans the first
 * values; whenever later values fall outside, the range doubles (downward or upward) and adjacent bin pairs merge,
 * which keeps the earlier counts exact at the coarser width. Each doubling is forced by data outside the grid, so
 * the grid stays within a small multiple of the observed score range (at most 4× in the randomised check of
 * BinnedScoresTest): about {@code 2^14} or more of the default {@code 2^16} bins cover the observed scores.
 *
 * <p>The approximation: pixels in one bin are treated as tied, and thresholds fall only on bin edges. A curve or
 * AUROC is therefore exact except for pairs of pixels closer than one bin width, whose order is ignored.
 */
final class BinnedScores {
    static final int DEFAULT_BINS = 1 << 16;

    private final int bins;
    private final double[] negatives;
    private final double[] positives;
    private final double[] positiveWeights;
    private double origin;
    private double binWidth;
    private boolean hasRange;

    BinnedScores(int bins) {
        if (bins < 2 || Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("bin count must be a power of two >= 2: " + bins);
        }
        this.bins = bins;
        this.negatives = new double[bins];
        this.positives = new double[bins];
        this.positiveWeights = new double[bins];
    }

    /** Widen the range so that [min, max] is covered; call before adding values in that interval. */
    void include(double min, double max) {
        if (!hasRange) {
            startRange(min, max);
        }
        while (min < origin) {
            doubleDownward();
        }
        while (max >= origin + bins * binWidth) {
            doubleUpward();
        }
    }

    /**
     * The first range spans the first values exactly. If they are all equal, the bins are a few ulps wide and
     * centred on that value, so the later doublings adapt to whatever spread follows.
     */
    private void startRange(double min, double max) {
        double span = max - min;
        if (span > 0) {
            origin = min;
            binWidth = span / (bins - 1);
        } else {
            binWidth = 4 * Math.max(Math.ulp(min), Double.MIN_NORMAL);
            origin = min - bins / 2 * binWidth;
        }
        hasRange = true;
    }

    /** Width of the whole grid, {@code bins × bin width}, in score units (0 before the first values). */
    double gridSpan() {
        return hasRange ? bins * binWidth : 0;
    }

    /** The bin of a value inside the included range (clamped against rounding at the edges). */
    int binOf(double value) {
        int bin = (int) Math.floor((value - origin) / binWidth);
        return Math.min(Math.max(bin, 0), bins - 1);
    }

    void addNegative(int bin) {
        negatives[bin]++;
    }

    void addPositive(int bin, double weight) {
        positives[bin]++;
        positiveWeights[bin] += weight;
    }

    int bins() {
        return bins;
    }

    double negatives(int bin) {
        return negatives[bin];
    }

    double positives(int bin) {
        return positives[bin];
    }

    double positiveWeight(int bin) {
        return positiveWeights[bin];
    }

    /** Score at the lower edge of a bin: "score ≥ lowerEdge(k)" selects bins k and above. */
    double lowerEdge(int bin) {
        return origin + bin * binWidth;
    }

    double totalNegatives() {
        return sum(negatives);
    }

    double totalPositives() {
        return sum(positives);
    }

    /** AUROC with pixels in one bin counted as ties (½), sweeping from the highest bin down. */
    double auroc() {
        double negativeTotal = totalNegatives();
        double positiveTotal = totalPositives();
        if (negativeTotal == 0 || positiveTotal == 0) {
            throw new MissingClassException("Pixel AUROC", (long) negativeTotal, (long) positiveTotal);
        }
        double pairs = 0;
        double positivesAbove = 0;
        for (int bin = bins - 1; bin >= 0; bin--) {
            pairs += negatives[bin] * (positivesAbove + 0.5 * positives[bin]);
            positivesAbove += positives[bin];
        }
        return pairs / (negativeTotal * positiveTotal);
    }

    /** New origin one full range lower; old bin i goes to (i + bins) / 2. */
    private void doubleDownward() {
        for (double[] counts : new double[][] {negatives, positives, positiveWeights}) {
            for (int j = bins / 2 - 1; j >= 0; j--) {
                counts[bins / 2 + j] = counts[2 * j] + counts[2 * j + 1];
            }
            Arrays.fill(counts, 0, bins / 2, 0.0);
        }
        origin -= bins * binWidth;
        binWidth *= 2;
    }

    /** Same origin, twice the width; old bin i goes to i / 2. */
    private void doubleUpward() {
        for (double[] counts : new double[][] {negatives, positives, positiveWeights}) {
            for (int j = 0; j < bins / 2; j++) {
                counts[j] = counts[2 * j] + counts[2 * j + 1];
            }
            Arrays.fill(counts, bins / 2, bins, 0.0);
        }
        binWidth *= 2;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
