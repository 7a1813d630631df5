package io.augtune.scoring;

/**
 * One tick of a heatmap legend.
 *
 * @param value    map value at the tick, in map units
 * @param position ramp position in [0, 1] (0 = bottom/left of the legend bar)
 * @param rgb      packed {@code 0xRRGGBB} colour at the tick
 * @param label    text to print, e.g. {@code "12.5"}, {@code "12.5 (threshold)"}, {@code "≥ 25"}
 */
public record LegendTick(double value, double position, int rgb, String label) {
}
