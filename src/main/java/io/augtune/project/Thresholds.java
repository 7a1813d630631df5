package io.augtune.project;

import java.util.Objects;

/**
 * The score thresholds that turn scores into verdicts: at or above {@code fail} an image fails; at or above
 * {@code reviewLower} (when set) and below {@code fail} it needs review; below that it passes.
 *
 * @param fail           fail threshold on the image score, finite
 * @param reviewLower    lower edge of the review band, below {@code fail}; null for no review band
 * @param rule           how the threshold was chosen, in words shown to the user, e.g.
 *                       {@code "99th percentile of 40 held-back normal images"}
 * @param userOverridden whether the user edited the proposed value
 */
public record Thresholds(double fail, Double reviewLower, String rule, boolean userOverridden) {

    public Thresholds {
        Checks.finite(fail, "fail threshold");
        if (reviewLower != null && !(Checks.finite(reviewLower, "review threshold") < fail)) {
            throw new IllegalArgumentException("review threshold " + reviewLower + " must lie below the fail "
                    + "threshold " + fail);
        }
        Objects.requireNonNull(rule, "rule");
    }

    /** The verdict for a score; a score exactly on a threshold takes the stricter verdict. */
    public Verdict verdictFor(double score) {
        if (score >= fail) {
            return Verdict.FAIL;
        }
        if (reviewLower != null && score >= reviewLower) {
            return Verdict.REVIEW;
        }
        return Verdict.PASS;
    }

    /** Whether a review band is set. */
    public boolean hasReviewBand() {
        return reviewLower != null;
    }
}
