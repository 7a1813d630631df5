package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MapResamplingTest {

    @Test
    void resamplingToTheSameSizeReturnsTheSameValues() {
        double[] map = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(map, MapResampling.bilinear(map, 3, 2, 3, 2), 0.0);
    }

    @Test
    void doublingARowInterpolatesBetweenPixelCentresAndRepeatsTheEdges() {
        // Output centres 0.5, 1.5, 2.5, 3.5 map to input -0.25 (clamped to 0), 0.25, 0.75, 1.25 (clamped to 1).
        double[] out = MapResampling.bilinear(new double[] {0, 4}, 2, 1, 4, 1);
        assertArrayEquals(new double[] {0, 1, 3, 4}, out, 1e-12);
    }

    @Test
    void aSinglePositionBecomesAConstantImage() {
        double[] out = MapResampling.bilinear(new double[] {7}, 1, 1, 5, 3);
        assertEquals(15, out.length);
        for (double v : out) {
            assertEquals(7.0, v);
        }
    }

    @Test
    void aPlaneIsReproducedExactlyInsideTheImage() {
        // f(x, y) = 2x + 3y on a 4x4 grid; upsampled 4x, interior samples lie on the same plane.
        double[] map = new double[16];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                map[y * 4 + x] = 2 * x + 3 * y;
            }
        }
        double[] out = MapResampling.bilinear(map, 4, 4, 16, 16);
        for (int oy = 2; oy < 14; oy++) {
            for (int ox = 2; ox < 14; ox++) {
                double sx = (ox + 0.5) / 4 - 0.5;
                double sy = (oy + 0.5) / 4 - 0.5;
                assertEquals(2 * sx + 3 * sy, out[oy * 16 + ox], 1e-12);
            }
        }
    }

    @Test
    void aMapWhoseLengthDisagreesWithItsSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MapResampling.bilinear(new double[5], 2, 2, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> MapResampling.bilinear(new double[4], 2, 2, 0, 4));
    }
}
