package io.augtune.localise;

import java.util.Map;

/**
 * How the fused parts' z-scores make the parts' share of the image score (the global term joins it after,
 * {@link FusedLocaliser.GlobalJoin}). The trained part sees what its synthetic defects taught it; on parts unlike every
 * training part (KolektorSDD's good test parts) it also sees them as far from normal as a crack, z 16-20, which the
 * pretrained part, seeing each image at one tone, does not: added whole, those good parts outranked the cracks and
 * the sum fell 0.029 below the pretrained part alone. Let to add at most what the pretrained part sees, the trained
 * part sharpens what both see (ELPV poly 0.893 against 0.885 added, KolektorSDD 0.805 against 0.784) and still adds
 * its evidence where the pretrained cells see a defect (src/site/markdown/method-and-measurements.md, "Each image's
 * tone").
 */
public enum PartsJoin {
    /** Every part's z added (models saved before December 2026). */
    SUM,
    /** The pretrained part's z plus the trained part's, the latter at most {@code max(0, z(pretrained))}. */
    TRAINED_CONFIRMS;

    /** What new models use. */
    public static final PartsJoin DEFAULT = TRAINED_CONFIRMS;

    /**
     * The parts' share of the image score from each part's z by name. Without both a trained ({@link
     * FusedLocaliser#TUNED}) and a pretrained ({@link FusedLocaliser#FROZEN}) part, the z-scores are added.
     */
    public double join(Map<String, Double> z) {
        Double tuned = z.get(FusedLocaliser.TUNED);
        Double frozen = z.get(FusedLocaliser.FROZEN);
        double sum = z.values().stream().mapToDouble(Double::doubleValue).sum();
        if (this == SUM || tuned == null || frozen == null) {
            return sum;
        }
        return sum - tuned + Math.min(tuned, Math.max(frozen, 0));
    }
}
