package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapSmoothingTest {

    @Test
    void aConstantMapStaysConstantUpToTheBorders() {
        double[] values = new double[5 * 4];
        java.util.Arrays.fill(values, 3);
        assertArrayEquals(values, MapSmoothing.gaussian(new AnomalyMap(5, 4, values), 1.5).values(), 1e-12);
    }

    @Test
    void aSpikeSpreadsSymmetricallyAndKeepsItsPeakWhereItWas() {
        // 15 x 15 with the spike in the middle: every pixel it reaches (within 3 sigma) has its full kernel.
        double[] values = new double[15 * 15];
        values[7 * 15 + 7] = 1;
        AnomalyMap smooth = MapSmoothing.gaussian(new AnomalyMap(15, 15, values), 1);
        assertEquals(smooth.valueAt(6, 7), smooth.valueAt(8, 7), 1e-15);
        assertEquals(smooth.valueAt(7, 6), smooth.valueAt(6, 7), 1e-15);
        assertTrue(smooth.valueAt(7, 7) < 1 && smooth.valueAt(7, 7) > smooth.valueAt(6, 7));
        assertEquals(smooth.max(), smooth.valueAt(7, 7));
        double sum = 0;
        for (double v : smooth.values()) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12, "a spike away from the borders keeps its mass");
    }

    @Test
    void sigmaZeroLeavesTheMapAlone() {
        AnomalyMap map = new AnomalyMap(1, 1, new double[] {2});
        assertSame(map, MapSmoothing.gaussian(map, 0));
    }
}
