package io.augtune.scoring;

/**
 * A perceptual colour ramp from dark to bright, as packed sRGB {@code 0xRRGGBB} ints. Colours between control
 * points are interpolated linearly per channel. Immutable.
 */
public final class ColourMap {
    /**
     * Ten evenly spaced control points close to matplotlib's "inferno": black, deep purple, red, orange, pale yellow.
     * Its lightness rises monotonically, so larger values always look brighter, also in gray print and for
     * colour-blind readers.
     */
    private static final int[] INFERNO_POINTS = {
        0x000004, 0x1B0C42, 0x4B0C6B, 0x781C6D, 0xA52C60, 0xCF4446, 0xED6925, 0xFB9A06, 0xF7D03C, 0xFCFFA4,
    };
    private static final ColourMap INFERNO = new ColourMap(INFERNO_POINTS);

    private final int[] points;

    private ColourMap(int[] points) {
        this.points = points;
    }

    /** The app's heatmap ramp. */
    public static ColourMap inferno() {
        return INFERNO;
    }

    /**
     * The colour at a position along the ramp.
     *
     * @param position in [0, 1]; values outside are clamped, NaN maps to 0
     * @return packed {@code 0xRRGGBB}
     */
    public int rgb(double position) {
        double t = position > 0 ? Math.min(position, 1.0) : 0.0;
        double scaled = t * (points.length - 1);
        int lower = Math.min((int) scaled, points.length - 2);
        double fraction = scaled - lower;
        int from = points[lower];
        int to = points[lower + 1];
        return (mix(from >> 16, to >> 16, fraction) << 16)
                | (mix(from >> 8, to >> 8, fraction) << 8)
                | mix(from, to, fraction);
    }

    private static int mix(int from, int to, double fraction) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * fraction);
    }
}
