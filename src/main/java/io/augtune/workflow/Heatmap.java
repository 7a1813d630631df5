package io.augtune.workflow;

import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.ColourMap;
import io.augtune.scoring.HeatmapColouring;
import io.augtune.scoring.HeatmapScale;
import io.augtune.scoring.LegendTick;

import java.util.List;

/**
 * An anomaly map ready to draw: its values in map units on the model's fixed scale, row-major, with their colours.
 * The colours are computed when the map is made, on the caller's (background) thread, so that a UI thread only
 * wraps them in an image; the same value has the same colour on every image of a model.
 *
 * @param values    {@code width * height} values
 * @param floor     the map value drawn darkest (typical normal texture)
 * @param threshold the map value placed mid-scale (the pixel threshold), so colours mean the same everywhere
 * @param argb      {@code width * height} colours 0xAARRGGBB of the values on that scale, transparent at the floor
 */
public record Heatmap(double[] values, int width, int height, double floor, double threshold, int[] argb) {
    public Heatmap {
        if (values.length != (long) width * height || argb.length != values.length) {
            throw new IllegalArgumentException("map has " + values.length + " values and " + argb.length
                    + " colours, not " + width + "x" + height);
        }
    }

    /**
     * One mark of the colour legend.
     *
     * @param position along the ramp in [0, 1] (0 = darkest)
     * @param label    the map value there, e.g. {@code "12.5"}, {@code "12.5 (threshold)"}, {@code "≥ 25"}
     */
    public record LegendMark(double position, String label) {
    }

    /** The map coloured on the scale from {@code floor} (darkest) to {@code threshold} (mid-ramp). */
    public static Heatmap of(double[] values, int width, int height, double floor, double threshold) {
        return new Heatmap(values, width, height, floor, threshold,
                colouring(floor, threshold).colourWithAlpha(values));
    }

    static Heatmap of(AnomalyMap map, HeatmapScale scale) {
        return of(map.values(), map.width(), map.height(), scale.floor(), scale.threshold());
    }

    /** Packed {@code 0xRRGGBB} colour at a ramp position in [0, 1], to draw the legend's bar. */
    public int rampRgb(double position) {
        HeatmapColouring colouring = colouring(floor, threshold);
        return colouring.rgb(colouring.scale().valueAt(position));
    }

    /** The legend's marks from the floor to saturation; the middle one is the threshold. */
    public List<LegendMark> legend() {
        return colouring(floor, threshold).legend().stream()
                .map((LegendTick tick) -> new LegendMark(tick.position(), tick.label())).toList();
    }

    private static HeatmapColouring colouring(double floor, double threshold) {
        return new HeatmapColouring(new HeatmapScale(floor, threshold), ColourMap.inferno());
    }
}
