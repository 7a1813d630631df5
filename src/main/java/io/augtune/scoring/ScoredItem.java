package io.augtune.scoring;

import java.util.Objects;

/** An image (or any item) and its anomaly score; higher is more anomalous. The score must not be NaN. */
public record ScoredItem(String id, double score) {

    public ScoredItem {
        Objects.requireNonNull(id, "id");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of " + id + " is NaN");
        }
    }
}
