package io.augtune.localise;

import java.util.Arrays;

/**
 * How one detector's image scores spread over held-back normal images, so that scores of detectors on different
 * scales can be added: {@link #z} says how many normal spreads above a typical normal image a score lies.
 *
 * @param mean the mean normal score
 * @param sd   their standard deviation, floored so that identical normal scores do not divide by zero
 * @param top  the largest normal z: evidence up to here is what normal parts show too
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
        if (normalScores.length == 0 || !Arrays.stream(normalScores).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("normal scores must be finite, and at least one: "
                    + Arrays.toString(normalScores));
        }
        double mean = Arrays.stream(normalScores).average().orElseThrow();
        double var = Arrays.stream(normalScores).map(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, normalScores.length - 1);
        double sd = Math.max(Math.sqrt(var), SD_FLOOR * Math.max(Math.abs(mean), 1e-9));
        double top = (Arrays.stream(normalScores).max().orElseThrow() - mean) / sd;
        return new NormalSpread(mean, sd, top);
    }

    /** Normal spreads above the normal mean. */
    public double z(double score) {
        return (score - mean) / sd;
    }
}
