package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResizerTest {
    private static final float TOLERANCE = 1e-6f;

    @Test
    void shrinkingFiveToThreeWeighsEachInputByTheLengthItCovers() {
        // Each output covers 5/3 inputs: [0, 1.667) -> 1 and 2/3 of the first two, [1.667, 3.333) -> 1/3, 1, 1/3,
        // [3.333, 5) -> 2/3, 1. Divided by 5/3: weights (0.6, 0.4), (0.2, 0.6, 0.2), (0.4, 0.6).
        Raster row = gray(5, 1, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f);

        Raster out = Resizer.resize(row, 3, 1);

        assertArrayEquals(new float[] {0.14f, 0.30f, 0.46f}, out.data(), TOLERANCE);
    }

    @Test
    void shrinkingAColumnUsesTheSameAreaWeights() {
        Raster column = gray(1, 5, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f);

        Raster out = Resizer.resize(column, 1, 3);

        assertArrayEquals(new float[] {0.14f, 0.30f, 0.46f}, out.data(), TOLERANCE);
    }

    @Test
    void shrinkingThreeByThreeToTwoByTwoAveragesTheCoveredAreaInBothAxes() {
        // Output (0,0) covers rows and columns [0, 1.5): weights 2/3 and 1/3 per axis, so 4/9, 2/9, 2/9, 1/9 on
        // the pixels (0,0), (1,0), (0,1), (1,1): 4/9*0 + 2/9*0.3 + 2/9*0.6 + 1/9*0.3 = 2.1/9 = 7/30.
        Raster square = gray(3, 3,
                0.0f, 0.3f, 0.9f,
                0.6f, 0.3f, 0.0f,
                0.9f, 0.0f, 0.6f);

        Raster out = Resizer.resize(square, 2, 2);

        assertEquals(7f / 30f, out.get(0, 0, 0), TOLERANCE);
        // Output (1,1): 1/9*0.3 + 2/9*0.0 + 2/9*0.0 + 4/9*0.6 = 2.7/9 = 0.3.
        assertEquals(0.3f, out.get(0, 1, 1), TOLERANCE);
    }

    @Test
    void shrinkingByAnIntegerFactorIsTheMeanOfEachBlock() {
        Raster square = gray(4, 2,
                0.1f, 0.3f, 0.5f, 0.5f,
                0.1f, 0.3f, 0.9f, 0.1f);

        Raster out = Resizer.resize(square, 2, 1);

        assertArrayEquals(new float[] {0.2f, 0.5f}, out.data(), TOLERANCE);
    }

    @Test
    void shrinkingKeepsTheMeanOfTheImage() {
        float[] values = new float[7 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 37 % 11) / 10f;
        }
        Raster image = new Raster(7, 5, 1, values);

        Raster out = Resizer.resize(image, 3, 2);

        assertEquals(mean(image.data()), mean(out.data()), TOLERANCE);
    }

    @Test
    void enlargingInterpolatesBetweenPixelCentres() {
        Raster row = gray(2, 1, 0f, 1f);

        Raster out = Resizer.resize(row, 4, 1);

        assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, out.data(), TOLERANCE);
    }

    @Test
    void shrinkingOneAxisWhileEnlargingTheOtherKeepsChannelsApart() {
        float[] data = new float[3 * 4 * 2];
        for (int c = 0; c < 3; c++) {
            Arrays.fill(data, c * 8, (c + 1) * 8, 0.2f * (c + 1));
        }
        Raster rgb = new Raster(4, 2, 3, data);

        Raster out = Resizer.resize(rgb, 3, 5);

        assertEquals(3, out.channels());
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(0.2f, out.get(0, y, x), TOLERANCE);
                assertEquals(0.4f, out.get(1, y, x), TOLERANCE);
                assertEquals(0.6f, out.get(2, y, x), TOLERANCE);
            }
        }
    }

    @Test
    void shrinkingToOnePixelGivesTheMean() {
        Raster image = gray(3, 2, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f);

        assertEquals(0.35f, Resizer.resize(image, 1, 1).get(0, 0, 0), TOLERANCE);
    }

    @Test
    void sameSizeReturnsTheRasterItself() {
        Raster image = gray(2, 1, 0.1f, 0.2f);

        assertSame(image, Resizer.resize(image, 2, 1));
    }

    @Test
    void nonPositiveTargetIsRejected() {
        Raster image = gray(2, 1, 0.1f, 0.2f);

        assertThrows(IllegalArgumentException.class, () -> Resizer.resize(image, 0, 1));
    }

    static Raster gray(int width, int height, float... values) {
        return new Raster(width, height, 1, values);
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
