package io.augtune.imaging;

import java.util.Objects;

/**
 * A plain float image: {@code channels} planes of {@code height x width} values in [0,1], stored channel-major
 * ({@code data[c * height * width + y * width + x]}), which is the {@code [C, H, W]} layout the detector consumes.
 * Channels is 1 (gray) or 3 (RGB). The array is owned by the raster; callers must not mutate it.
 */
public record Raster(int width, int height, int channels, float[] data) {

    public Raster {
        Objects.requireNonNull(data, "data");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("raster size must be positive: " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
        }
        if ((long) width * height * channels != data.length) {
            throw new IllegalArgumentException("data length " + data.length + " != " + width + "x" + height + "x" + channels);
        }
    }

    /** Value at channel c, row y, column x. */
    public float get(int c, int y, int x) {
        return data[(c * height + y) * width + x];
    }

    /** Number of values in one channel plane. */
    public int planeSize() {
        return width * height;
    }
}
