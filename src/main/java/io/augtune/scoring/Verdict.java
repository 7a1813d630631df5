package io.augtune.scoring;

/**
 * The decision for one image given {@link Thresholds}. The rule, exactly:
 * <ul>
 *   <li>{@code score > fail} → {@link #FAIL};</li>
 *   <li>otherwise, with a review band, {@code review <= score <= fail} → {@link #REVIEW};</li>
 *   <li>otherwise → {@link #PASS}.</li>
 * </ul>
 * A score equal to the fail threshold therefore does not fail. A NaN score (no usable score) gives {@link #REVIEW}
 * so that a person looks at it.
 */
public enum Verdict {
    PASS, REVIEW, FAIL;

    /** Pure function of its arguments; see the class comment for the inequalities. */
    public static Verdict decide(double score, Thresholds thresholds) {
        if (Double.isNaN(score)) {
            return REVIEW;
        }
        if (score > thresholds.fail()) {
            return FAIL;
        }
        if (thresholds.hasReviewBand() && score >= thresholds.review()) {
            return REVIEW;
        }
        return PASS;
    }
}
