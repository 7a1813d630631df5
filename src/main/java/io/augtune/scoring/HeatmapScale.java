package io.augtune.scoring;

/**
 * The one colour scale shared by every heatmap of a run, anchored to the pixel threshold and never stretched per
 * image. A map value v goes to the ramp position
 * {@code t = 0.5 · (v − floor) / (threshold − floor)}, clamped to [0, 1]: the floor is the darkest colour, the
 * threshold always sits in the middle of the ramp, and values from {@code floor + 2 (threshold − floor)} up
 * saturate at the brightest colour.
 *
 * @param floor     map value shown darkest, in map units (0, or e.g. the typical value on normal images)
 * @param threshold map value placed at the middle of the ramp; must exceed the floor
 */
public record HeatmapScale(double floor, double threshold) {
    /** Ramp position of the threshold. */
    public static final double THRESHOLD_POSITION = 0.5;
    /** Values at this multiple of {@code threshold − floor} above the floor saturate. */
    public static final double SATURATION_FACTOR = 1.0 / THRESHOLD_POSITION;

    public HeatmapScale {
        if (!Double.isFinite(floor) || !Double.isFinite(threshold) || !(threshold > floor)) {
            throw new IllegalArgumentException("need finite floor < threshold: " + floor + ", " + threshold);
        }
    }

    /** A scale whose darkest colour is value 0. */
    public static HeatmapScale anchoredAt(double threshold) {
        return new HeatmapScale(0, threshold);
    }

    /** Ramp position in [0, 1] of a map value; NaN goes to 0. */
    public double position(double value) {
        double t = THRESHOLD_POSITION * (value - floor) / (threshold - floor);
        return t > 0 ? Math.min(t, 1.0) : 0.0;
    }

    /** The map value at a ramp position in [0, 1]; the inverse of {@link #position} below saturation. */
    public double valueAt(double position) {
        return floor + position / THRESHOLD_POSITION * (threshold - floor);
    }

    /** The smallest value shown in the brightest colour. */
    public double saturationValue() {
        return valueAt(1.0);
    }
}
