package io.augtune.scoring;

/**
 * Decision thresholds on the image anomaly score (same units as the score): a fail threshold and optionally the
 * lower edge of a review band {@code [review, fail]}. See {@link Verdict} for the exact rule.
 *
 * @param fail   scores strictly above this fail; finite
 * @param review lower edge of the review band, {@code review <= fail}; {@link Double#NaN} means no band
 */
public record Thresholds(double fail, double review) {

    public Thresholds {
        if (!Double.isFinite(fail)) {
            throw new IllegalArgumentException("fail threshold must be finite: " + fail);
        }
        if (!Double.isNaN(review) && !(Double.isFinite(review) && review <= fail)) {
            throw new IllegalArgumentException("review threshold must be finite and <= fail " + fail + ": " + review);
        }
    }

    /** Only a fail threshold: everything at or below it passes. */
    public static Thresholds failAbove(double fail) {
        return new Thresholds(fail, Double.NaN);
    }

    /** A review band from {@code review} up to and including {@code fail}. */
    public static Thresholds withReviewBand(double review, double fail) {
        return new Thresholds(fail, review);
    }

    public boolean hasReviewBand() {
        return !Double.isNaN(review);
    }
}
