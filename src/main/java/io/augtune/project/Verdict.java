package io.augtune.project;

/** What an image's score, or the user, says about a part. */
public enum Verdict {
    PASS,
    /** Between the review and fail thresholds: a person should look. */
    REVIEW,
    FAIL
}
