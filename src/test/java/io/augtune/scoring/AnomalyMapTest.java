package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnomalyMapTest {

    @Test
    void theMaximumIsTheLargestValueAndValuesAreRowMajor() {
        AnomalyMap map = new AnomalyMap(3, 2, new double[] {1, 2, 3, 4, 9, 6});
        assertEquals(9, map.max());
        assertEquals(9, map.valueAt(1, 1));
        assertEquals(3, map.valueAt(2, 0));
    }

    @Test
    void theTopMeanAveragesTheHighestValues() {
        AnomalyMap map = new AnomalyMap(3, 2, new double[] {1, 2, 3, 4, 9, 6});
        assertEquals(9, map.topMean(1), "one cell: the maximum");
        assertEquals((9 + 6 + 4) / 3.0, map.topMean(3), 1e-12);
        assertEquals(25 / 6.0, map.topMean(50), 1e-12, "more cells than the map has: all of them");
        assertThrows(IllegalArgumentException.class, () -> map.topMean(0));
    }

    @Test
    void resizingResamplesBilinearlyAndKeepsTheMaximumWithinRange() {
        AnomalyMap map = new AnomalyMap(2, 1, new double[] {0, 4});
        AnomalyMap wide = map.resized(4, 2);
        assertArrayEquals(new double[] {0, 1, 3, 4, 0, 1, 3, 4}, wide.values(), 1e-12);
        assertEquals(map.max(), wide.max());
        assertSame(map, map.resized(2, 1));
    }

    @Test
    void nonFiniteValuesOrAWrongLengthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AnomalyMap(2, 2, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new AnomalyMap(1, 1, new double[] {Double.NaN}));
    }
}
