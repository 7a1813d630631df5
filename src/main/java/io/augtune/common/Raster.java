package io.augtune.common;

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

    /** The square of side {@code side} whose top-left pixel is (left, top), all channels; must lie inside. */
    public Raster crop(int left, int top, int side) {
        if (left < 0 || top < 0 || side < 1 || left + side > width || top + side > height) {
            throw new IllegalArgumentException("a " + side + "-pixel square at (" + left + ", " + top
                    + ") is not inside a " + width + "x" + height + " raster");
        }
        float[] out = new float[channels * side * side];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < side; y++) {
                System.arraycopy(data, (c * height + top + y) * width + left, out, (c * side + y) * side, side);
            }
        }
        return new Raster(side, side, channels, out);
    }

    /** Number of values in one channel plane. */
    public int planeSize() {
        return width * height;
    }
}
