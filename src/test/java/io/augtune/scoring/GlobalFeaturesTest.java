package io.augtune.scoring;

import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobalFeaturesTest {
    private static Raster filled(int w, int h, java.util.function.IntBinaryOperator grey) {
        float[] data = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data[y * w + x] = grey.applyAsInt(x, y) / 255f;
            }
        }
        return new Raster(w, h, 1, data);
    }

    @Test
    void aUniformImageHasItsLevelAndNoLayout() {
        double[] f = GlobalFeatures.of(filled(20, 12, (x, y) -> 102));
        assertEquals(GlobalFeatures.DIMENSION, f.length);
        assertEquals(0.4, f[0], 1e-6);
        assertEquals(0, f[1], 1e-6);
        for (int i = 2; i < f.length; i++) {
            assertEquals(0, f[i], 1e-9);
        }
    }

    @Test
    void shadingFromLeftToRightShowsInTheLayoutNotOnlyInTheLevel() {
        double[] f = GlobalFeatures.of(filled(40, 40, (x, y) -> 60 + 4 * x));
        double left = f[2];
        double right = f[2 + GlobalFeatures.GRID - 1];
        assertTrue(right - left > 0.3, "the right column is brighter: " + left + " vs " + right);
        assertEquals(f[2], f[2 + GlobalFeatures.GRID], 1e-9, "rows are alike: the shading runs across");
    }

    @Test
    void colourIsReadAsLuminanceAndTinyImagesLeaveEmptyCellsAtTheMean() {
        float[] data = {0.2f, 0.2f, 0.6f, 0.6f, 0.4f, 0.4f};
        double[] f = GlobalFeatures.of(new Raster(2, 1, 3, data));
        assertEquals(0.4, f[0], 1e-6);
        for (int i = 2; i < f.length; i++) {
            assertEquals(0, f[i], 1e-6);
        }
    }
}
