package io.augtune.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pixel-level threshold on anomaly maps, proposed without labels from the maps of held-back
 * normal images, and the floor of the colour scale. Pixels of an original-size map strictly above {@link #value()}
 * are defect pixels ({@link DefectRegions}); heatmaps are coloured on {@link #scale()}, the same for every image.
 *
 * <p>Rule: the threshold is a high percentile ({@value #DEFAULT_PERCENTILE} by default; linear interpolation, as in
 * {@link ThresholdProposal}) of all values of the held-back normal maps, i.e. a map value that normal parts reach at
 * about one position in ten thousand; the floor is the median of the same values, so typical normal texture is drawn
 * darkest. Measured against the alternatives (a percentile of the per-map maxima, lower pixel percentiles) in the
 * README's Heatmaps section. Above {@value #MAX_VALUES} values every k-th value is used, which keeps memory bounded.
 *
 * @param value map threshold, in map units
 * @param floor value drawn darkest, in map units, below {@code value}
 * @param rule  how it was chosen, in words shown to the user
 */
public record MapThreshold(double value, double floor, String rule) {
    /** About one normal map position in ten thousand lies above the threshold. */
    public static final double DEFAULT_PERCENTILE = 99.99;
    static final int MAX_VALUES = 4_000_000;

    public MapThreshold {
        Objects.requireNonNull(rule, "rule");
        if (!Double.isFinite(value) || !Double.isFinite(floor) || !(floor < value)) {
            throw new IllegalArgumentException("need finite floor < threshold: " + floor + ", " + value);
        }
    }

    /** The {@value #DEFAULT_PERCENTILE}th percentile rule. */
    public static MapThreshold fromNormalMaps(List<AnomalyMap> normalMaps) {
        return fromNormalMaps(normalMaps, DEFAULT_PERCENTILE);
    }

    /**
     * @param normalMaps maps of held-back normal images (at any, common or not, resolution), at least one
     * @param percentile in (0, 100]
     */
    public static MapThreshold fromNormalMaps(List<AnomalyMap> normalMaps, double percentile) {
        if (normalMaps.isEmpty()) {
            throw new IllegalArgumentException("no normal maps to propose a map threshold from");
        }
        double[] values = sampledValues(normalMaps);
        ThresholdProposal proposal = ThresholdProposal.fromNormalScores(values, percentile);
        double floor = ThresholdProposal.fromNormalScores(values, 50).value();
        double value = proposal.value() > floor ? proposal.value() : Math.nextUp(floor);
        String rule = String.format(Locale.ROOT, "%s (linear interpolation) of %d values of %d held-back normal "
                + "maps = %s; colour floor = their median %s", proposal.percentileName(), values.length,
                normalMaps.size(), ThresholdProposal.readable(value), ThresholdProposal.readable(floor));
        return new MapThreshold(value, floor, rule);
    }

    /** The colour scale of every heatmap: floor darkest, the threshold mid-ramp. */
    public HeatmapScale scale() {
        return new HeatmapScale(floor, value);
    }

    /** All values of the maps, or every k-th of them (k as small as keeps at most {@value #MAX_VALUES}). */
    private static double[] sampledValues(List<AnomalyMap> maps) {
        long total = maps.stream().mapToLong(m -> m.values().length).sum();
        int step = (int) ((total + MAX_VALUES - 1) / MAX_VALUES);
        double[] out = new double[(int) ((total + step - 1) / step)];
        long index = 0;
        int at = 0;
        for (AnomalyMap m : maps) {
            for (double v : m.values()) {
                if (index++ % step == 0) {
                    out[at++] = v;
                }
            }
        }
        return java.util.Arrays.copyOf(out, at);
    }
}
