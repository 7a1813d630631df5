package io.augtune.scoring;

/** A {@link ScoredItem} with its place in a {@link Ranking}: rank 1 is the most anomalous. */
public record RankedItem(int rank, String id, double score) {
}
