package io.augtune.imaging;

import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageToneTest {
    /** A gray ramp from {@code low} to {@code high}, 8 x 4 pixels. */
    private static Raster ramp(float low, float high) {
        float[] v = new float[32];
        for (int i = 0; i < v.length; i++) {
            v[i] = low + (high - low) * i / (v.length - 1);
        }
        return new Raster(8, 4, 1, v);
    }

    @Test
    void asIsLeavesTheImageAlone() {
        Raster r = ramp(0.1f, 0.3f);
        assertSame(r, ImageTone.AS_IS.apply(r));
    }

    @Test
    void aDarkFlatPartAndABrightContrastyOneOfTheSamePatternLookAlike() {
        Raster dark = ImageTone.STANDARDISED.apply(ramp(0.10f, 0.30f));
        Raster bright = ImageTone.STANDARDISED.apply(ramp(0.40f, 0.90f));
        assertArrayEquals(dark.data(), bright.data(), 1e-5f);
        double mean = 0;
        for (float x : dark.data()) {
            mean += x / dark.data().length;
        }
        double sq = 0;
        for (float x : dark.data()) {
            sq += (x - mean) * (x - mean) / dark.data().length;
        }
        assertEquals(ImageTone.MEAN, mean, 1e-5);
        assertEquals(ImageTone.SPREAD, Math.sqrt(sq), 1e-5);
    }

    @Test
    void aFlatImageBecomesMidGrayAndOutliersAreClipped() {
        Raster flat = ImageTone.STANDARDISED.apply(new Raster(2, 2, 1, new float[] {0.9f, 0.9f, 0.9f, 0.9f}));
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, flat.data(), 1e-6f);
        float[] v = new float[100];
        v[0] = 1;
        Raster spike = ImageTone.STANDARDISED.apply(new Raster(10, 10, 1, v));
        assertEquals(1f, spike.data()[0], 0f, "ten standard deviations up: clipped to white");
        for (float x : spike.data()) {
            assertTrue(x >= 0 && x <= 1);
        }
    }

    @Test
    void coloursKeepTheirBalance() {
        Raster rgb = new Raster(1, 2, 3, new float[] {0.2f, 0.4f, 0.3f, 0.5f, 0.4f, 0.6f});
        float[] out = ImageTone.STANDARDISED.apply(rgb).data();
        assertTrue(out[2] > out[0] && out[4] > out[2], "red below green below blue, as before");
        assertEquals(out[1] - out[0], out[3] - out[2], 1e-5f);
    }
}
