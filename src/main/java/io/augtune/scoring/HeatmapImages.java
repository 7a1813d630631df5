package io.augtune.scoring;

import io.augtune.common.Raster;

/**
 * Pictures of an anomaly map for export: the original image with the coloured map laid over it, and the map itself as
 * a gray raster whose levels are a fixed linear function of the map values (see {@link #raw}).
 */
public final class HeatmapImages {
    /**
     * Opacity of the colour layer where the map is at or above its threshold: strong enough to read at a glance;
     * normal areas stay clear because the colour's own alpha falls to 0 at the floor.
     */
    public static final double DEFAULT_OPACITY = 0.7;

    private HeatmapImages() {
    }

    /**
     * The original with the map blended over it: with {@code a = opacity · alpha(map)} ({@link HeatmapColouring#alpha},
     * transparent where the map is at its floor), {@code (1 − a) · original + a · colour(map)} per channel.
     *
     * @param original gray or RGB, values in [0, 1]
     * @param map      the same width and height as the original
     * @param opacity  in [0, 1]
     * @return an RGB raster of the original's size
     */
    public static Raster overlay(Raster original, AnomalyMap map, HeatmapColouring colouring, double opacity) {
        if (map.width() != original.width() || map.height() != original.height()) {
            throw new IllegalArgumentException("map " + map.width() + "x" + map.height() + " does not match image "
                    + original.width() + "x" + original.height());
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be in [0, 1]: " + opacity);
        }
        int plane = original.planeSize();
        float[] out = new float[3 * plane];
        for (int p = 0; p < plane; p++) {
            double value = map.values()[p];
            int rgb = colouring.rgb(value);
            double a = opacity * colouring.alpha(value);
            for (int c = 0; c < 3; c++) {
                float base = original.data()[(original.channels() == 3 ? c * plane : 0) + p];
                float colour = ((rgb >> (16 - 8 * c)) & 0xFF) / 255f;
                out[c * plane + p] = (float) ((1 - a) * base + a * colour);
            }
        }
        return new Raster(original.width(), original.height(), 3, out);
    }

    /**
     * The map as one gray channel in [0, 1]: {@code value / fullScale}, clamped. Written as a 16-bit PNG, level L
     * (0..65535) therefore stands for the map value {@code L / 65535 · fullScale}; values at or above fullScale
     * saturate, values below 0 become 0.
     *
     * @param fullScale positive, finite, in map units
     */
    public static Raster raw(AnomalyMap map, double fullScale) {
        if (!(fullScale > 0) || Double.isInfinite(fullScale)) {
            throw new IllegalArgumentException("full scale must be positive and finite: " + fullScale);
        }
        return raw(map, 0, fullScale);
    }

    /**
     * The map as one gray channel in [0, 1]: {@code (value - low) / (high - low)}, clamped, for maps whose values may
     * be negative (a fused detector's, counted in normal spreads). Level L of a 16-bit PNG stands for
     * {@code low + L / 65535 · (high - low)}.
     *
     * @param low  map value of level 0, finite
     * @param high map value of the top level, finite, above low
     */
    public static Raster raw(AnomalyMap map, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("need finite low < high: " + low + ", " + high);
        }
        float[] levels = new float[map.values().length];
        for (int p = 0; p < levels.length; p++) {
            levels[p] = (float) Math.min(1.0, Math.max(0.0, (map.values()[p] - low) / (high - low)));
        }
        return new Raster(map.width(), map.height(), 1, levels);
    }
}
