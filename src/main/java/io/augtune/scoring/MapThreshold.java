package io.augtune.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pixel-level threshold on anomaly maps (METHOD.md §8), proposed without labels from the maps of held-back
 * normal images, and the floor of the colour scale. Pixels of an original-size map strictly above {@link #value()}
 * are defect pixels ({@link DefectRegions}); heatmaps are coloured on {@link #scale()}, the same for every image.
 *
 * <p>Rule: the threshold is the given percentile (linear interpolation, as {@link ThresholdProposal}) of the
 * held-back normal maps' <em>maxima</em>, so at the 99th percentile about one normal image in a hundred shows any
 * defect region at all; the floor is the median of all their map values, so typical normal texture is drawn darkest.
 *
 * @param value map threshold, in map units
 * @param floor value drawn darkest, in map units, below {@code value}
 * @param rule  how it was chosen, in words shown to the user
 */
public record MapThreshold(double value, double floor, String rule) {

    public MapThreshold {
        Objects.requireNonNull(rule, "rule");
        if (!Double.isFinite(value) || !Double.isFinite(floor) || !(floor < value)) {
            throw new IllegalArgumentException("need finite floor < threshold: " + floor + ", " + value);
        }
    }

    /**
     * @param normalMaps maps of held-back normal images (at any, common or not, resolution), at least one
     * @param percentile in (0, 100]
     */
    public static MapThreshold fromNormalMaps(List<AnomalyMap> normalMaps, double percentile) {
        if (normalMaps.isEmpty()) {
            throw new IllegalArgumentException("no normal maps to propose a map threshold from");
        }
        double[] maxima = normalMaps.stream().mapToDouble(AnomalyMap::max).toArray();
        ThresholdProposal proposal = ThresholdProposal.fromNormalScores(maxima, percentile);
        double floor = ThresholdProposal.fromNormalScores(allValues(normalMaps), 50).value();
        double value = proposal.value() > floor ? proposal.value() : Math.nextUp(floor);
        String rule = String.format(Locale.ROOT, "%s (linear interpolation) of the maxima of %d held-back normal "
                + "maps = %s; colour floor = their median value %s", proposal.percentileName(), normalMaps.size(),
                Double.toString(value), Double.toString(floor));
        return new MapThreshold(value, floor, rule);
    }

    /** The colour scale of every heatmap: floor darkest, the threshold mid-ramp. */
    public HeatmapScale scale() {
        return new HeatmapScale(floor, value);
    }

    private static double[] allValues(List<AnomalyMap> maps) {
        int total = maps.stream().mapToInt(m -> m.values().length).sum();
        double[] all = new double[total];
        int at = 0;
        for (AnomalyMap m : maps) {
            System.arraycopy(m.values(), 0, all, at, m.values().length);
            at += m.values().length;
        }
        return all;
    }
}
