package io.augtune.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Colours anomaly maps on one fixed {@link HeatmapScale} with one {@link ColourMap}, so the same colour means the
 * same value on every image of a run. Immutable and thread-safe.
 */
public final class HeatmapColouring {
    private static final double[] TICK_POSITIONS = {0, 0.25, HeatmapScale.THRESHOLD_POSITION, 0.75, 1};

    private final HeatmapScale scale;
    private final ColourMap colourMap;

    public HeatmapColouring(HeatmapScale scale, ColourMap colourMap) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.colourMap = Objects.requireNonNull(colourMap, "colourMap");
    }

    /** Inferno colours, scale from 0 with the given threshold in the middle. */
    public static HeatmapColouring anchoredAt(double threshold) {
        return new HeatmapColouring(HeatmapScale.anchoredAt(threshold), ColourMap.inferno());
    }

    /** Packed {@code 0xRRGGBB} colour of one map value. */
    public int rgb(double value) {
        return colourMap.rgb(scale.position(value));
    }

    /**
     * How opaque the colour of one map value is drawn over the image: 0 at the floor (normal texture), rising
     * linearly to 1 at the threshold and above. The dark low end of the ramp would otherwise cover the part exactly
     * where nothing is wrong.
     */
    public double alpha(double value) {
        double t = scale.position(value) / HeatmapScale.THRESHOLD_POSITION;
        return Math.max(0, Math.min(1, t));
    }

    /** Packed {@code 0xAARRGGBB}: the colour with {@link #alpha}. */
    public int argb(double value) {
        int a = (int) Math.round(alpha(value) * 255);
        return (a << 24) | rgb(value);
    }

    /** {@link #argb} of a whole map, same layout and length as the input. */
    public int[] colourWithAlpha(double[] values) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = argb(values[i]);
        }
        return argb;
    }

    /** Colours of a whole map, same layout and length as the input (e.g. row-major {@code [h*w]}). */
    public int[] colour(double[] values) {
        int[] rgb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            rgb[i] = rgb(values[i]);
        }
        return rgb;
    }

    /** Five ticks from the floor to saturation; the middle one is the threshold and the last reads "≥". */
    public List<LegendTick> legend() {
        List<LegendTick> ticks = new ArrayList<>(TICK_POSITIONS.length);
        for (double position : TICK_POSITIONS) {
            double value = scale.valueAt(position);
            String label = format(value);
            if (position == HeatmapScale.THRESHOLD_POSITION) {
                label += " (threshold)";
            } else if (position == 1) {
                label = "≥ " + label;
            }
            ticks.add(new LegendTick(value, position, colourMap.rgb(position), label));
        }
        return List.copyOf(ticks);
    }

    public HeatmapScale scale() {
        return scale;
    }

    /** Four significant digits, no exponent, no trailing zeros: 12.5, 0, 1235000. */
    private static String format(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
