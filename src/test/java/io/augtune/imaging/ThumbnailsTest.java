package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ThumbnailsTest {

    @Test
    void landscapeImageShrinksToTheLongestSideKeepingItsAspect() {
        Raster thumbnail = Thumbnails.fit(flat(400, 100, 0.5f), 100);

        assertEquals(100, thumbnail.width());
        assertEquals(25, thumbnail.height());
        assertEquals(0.5f, thumbnail.get(0, 12, 50), 1e-6f);
    }

    @Test
    void portraitImageShrinksByItsHeight() {
        Raster thumbnail = Thumbnails.fit(flat(50, 1250, 0.5f), 64);

        assertEquals(3, thumbnail.width());
        assertEquals(64, thumbnail.height());
    }

    @Test
    void veryThinImageKeepsAtLeastOnePixel() {
        Raster thumbnail = Thumbnails.fit(flat(1000, 1, 0.5f), 10);

        assertEquals(10, thumbnail.width());
        assertEquals(1, thumbnail.height());
    }

    @Test
    void smallImageIsNeverEnlarged() {
        Raster small = flat(30, 20, 0.5f);

        assertSame(small, Thumbnails.fit(small, 64));
    }

    private static Raster flat(int width, int height, float value) {
        float[] data = new float[width * height];
        Arrays.fill(data, value);
        return new Raster(width, height, 1, data);
    }
}
