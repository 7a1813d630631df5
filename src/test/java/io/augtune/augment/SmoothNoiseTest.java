package io.augtune.augment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmoothNoiseTest {

    @Test
    void valuesLieInMinusOneToOneAndSpreadOut() {
        double[] field = SmoothNoise.field(new Random(1), 32, 32, 4);
        double min = Arrays.stream(field).min().orElseThrow();
        double max = Arrays.stream(field).max().orElseThrow();
        assertTrue(min >= -1 && max <= 1);
        assertTrue(max - min > 0.5, "a field, not a constant: " + min + ".." + max);
    }

    @Test
    void neighbouringPixelsDifferNoMoreThanTheSteepestSmoothstepAllows() {
        double[] field = SmoothNoise.field(new Random(2), 32, 32, 4);
        // knots differ by at most 2, smoothstep's slope is at most 1.5, a cell is 31 / 4 px wide
        double steepest = 2 * 1.5 * 4 / 31;
        for (int i = 0; i < 32; i++) {
            for (int j = 1; j < 32; j++) {
                assertTrue(Math.abs(field[i * 32 + j] - field[i * 32 + j - 1]) <= steepest, "row " + i + ", column " + j);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameField() {
        assertArrayEquals(SmoothNoise.field(new Random(3), 10, 12, 3), SmoothNoise.field(new Random(3), 10, 12, 3));
    }
}
