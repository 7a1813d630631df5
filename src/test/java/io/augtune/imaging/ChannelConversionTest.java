package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChannelConversionTest {
    private static final float TOLERANCE = 1e-6f;

    @Test
    void grayIsReplicatedIntoThreeChannels() {
        Raster gray = new Raster(2, 1, 1, new float[] {0.25f, 0.75f});

        Raster rgb = ChannelConversion.toRgb(gray);

        assertArrayEquals(new float[] {0.25f, 0.75f, 0.25f, 0.75f, 0.25f, 0.75f}, rgb.data(), TOLERANCE);
    }

    @Test
    void rgbBecomesRec601Luminance() {
        // Pixel 0 pure red, pixel 1 pure green, pixel 2 pure blue, pixel 3 white.
        Raster rgb = new Raster(4, 1, 3, new float[] {
            1f, 0f, 0f, 1f,
            0f, 1f, 0f, 1f,
            0f, 0f, 1f, 1f});

        Raster gray = ChannelConversion.toGray(rgb);

        assertArrayEquals(new float[] {0.299f, 0.587f, 0.114f, 1f}, gray.data(), TOLERANCE);
    }

    @Test
    void rasterAlreadyInTheWantedChannelsIsReturnedAsItIs() {
        Raster gray = new Raster(1, 1, 1, new float[] {0.5f});
        Raster rgb = new Raster(1, 1, 3, new float[] {0.1f, 0.2f, 0.3f});

        assertSame(gray, ChannelConversion.toChannels(gray, 1));
        assertSame(rgb, ChannelConversion.toChannels(rgb, 3));
    }

    @Test
    void onlyOneOrThreeChannelsAreOffered() {
        Raster gray = new Raster(1, 1, 1, new float[] {0.5f});

        assertThrows(IllegalArgumentException.class, () -> ChannelConversion.toChannels(gray, 4));
    }
}
