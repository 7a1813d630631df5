package io.augtune.localise;

import java.util.Arrays;

/**
 * How one detector's image scores spread over held-back normal images, so that scores of detectors on different
 * scales can be added: {@link #z} says how many normal spreads above a typical normal image a score lies.
 *
 * @param mean the mean normal score
 * @param sd   their standard deviation, floored so that identical normal scores do not divide by zero
 * @param top  the z up to which normal parts show evidence too: the largest normal z, or a quantile of them
 */
public record NormalSpread(double mean, double sd, double top) {
    /** Relative floor of the spread: below it, normal scores are equal for every practical purpose. */
    static final double SD_FLOOR = 1e-6;

    public NormalSpread {
        if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd) || Double.isNaN(top)) {
            throw new IllegalArgumentException("a normal spread needs a finite mean and a positive sd: " + mean
                    + ", " + sd + ", " + top);
        }
    }

    /**
     * The spread of these normal scores.
     *
     * @throws IllegalArgumentException when there are none or one is not finite
     */
    public static NormalSpread of(double[] normalScores) {
        return of(normalScores, 1);
    }

    /**
     * The spread of these normal scores, with {@link #top} at their {@code quantile} (1 = the largest; linear
     * interpolation between order statistics).
     */
    public static NormalSpread of(double[] normalScores, double quantile) {
        if (!(quantile >= 0 && quantile <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1]: " + quantile);
        }
        if (normalScores.length == 0 || !Arrays.stream(normalScores).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("normal scores must be finite, and at least one: "
                    + Arrays.toString(normalScores));
        }
        double mean = Arrays.stream(normalScores).average().orElseThrow();
        double var = Arrays.stream(normalScores).map(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, normalScores.length - 1);
        double sd = Math.max(Math.sqrt(var), SD_FLOOR * Math.max(Math.abs(mean), 1e-9));
        double[] sorted = normalScores.clone();
        Arrays.sort(sorted);
        double at = quantile * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        double value = sorted[below] + (sorted[above] - sorted[below]) * (at - below);
        return new NormalSpread(mean, sd, (value - mean) / sd);
    }

    /** Normal spreads above the normal mean. */
    public double z(double score) {
        return (score - mean) / sd;
    }
}
