package io.augtune.imaging;

/**
 * The sizes of image the decoder accepts. {@code maxPixels} (width x height, read from the header before any
 * pixel is decoded) guards against decompression bombs; {@code minSide} rejects images too small to carry a
 * texture, such as 1x1 placeholders.
 */
public record ImageLimits(long maxPixels, int minSide) {

    /** The default pixel ceiling: 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    /** The most pixels one RGB raster of floats can hold (its array is indexed by int). */
    public static final long MAX_PIXELS = (Integer.MAX_VALUE - 8) / 3;
    /** The default minimum side: 8 pixels. */
    public static final int DEFAULT_MIN_SIDE = 8;
    /** 100 megapixels and at least 8 pixels on each side. */
    public static final ImageLimits DEFAULT = new ImageLimits(DEFAULT_MAX_PIXELS, DEFAULT_MIN_SIDE);

    public ImageLimits {
        if (maxPixels < 1 || maxPixels > MAX_PIXELS) {
            throw new IllegalArgumentException("maxPixels must be in 1.." + MAX_PIXELS + ": " + maxPixels);
        }
        if (minSide < 1) {
            throw new IllegalArgumentException("minSide must be positive: " + minSide);
        }
    }

    /** The same limits with another pixel ceiling. */
    public ImageLimits withMaxPixels(long pixels) {
        return new ImageLimits(pixels, minSide);
    }
}
