package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapThresholdTest {
    private static AnomalyMap map(double... values) {
        return new AnomalyMap(values.length, 1, values);
    }

    @Test
    void theThresholdIsAHighPercentileOfAllNormalMapValuesAndTheFloorTheirMedian() {
        List<AnomalyMap> normals = List.of(map(1, 2, 3), map(1, 1, 5), map(2, 2, 4));
        MapThreshold t = MapThreshold.fromNormalMaps(normals, 75);
        assertEquals(3, t.value(), 1e-12); // values 1 1 1 2 2 2 3 4 5: position 0.75 * 8 = 6
        assertEquals(2, t.floor(), 1e-12);
        assertTrue(t.rule().startsWith("75th percentile (linear interpolation) of 9 values of 3 held-back normal "
                + "maps = 3; colour floor = their median 2"), t.rule());
    }

    @Test
    void theDefaultRuleLeavesAboutOneNormalPositionInTenThousandAbove() {
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        MapThreshold t = MapThreshold.fromNormalMaps(List.of(new AnomalyMap(200, 100, values)));
        long above = java.util.Arrays.stream(values).filter(v -> v > t.value()).count();
        assertEquals(2, above);
    }

    @Test
    void theScaleDrawsTheFloorDarkestAndTheThresholdMidRamp() {
        HeatmapScale scale = new MapThreshold(10, 4, "rule").scale();
        assertEquals(0, scale.position(4));
        assertEquals(0.5, scale.position(10));
        assertEquals(1, scale.position(16));
    }

    @Test
    void flatNormalMapsStillGiveAThresholdAboveTheFloor() {
        MapThreshold t = MapThreshold.fromNormalMaps(List.of(map(2, 2), map(2, 2)), 99);
        assertTrue(t.value() > t.floor());
    }

    @Test
    void aThresholdNotAboveItsFloorOrWithoutMapsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MapThreshold(1, 1, "rule"));
        assertThrows(IllegalArgumentException.class, () -> MapThreshold.fromNormalMaps(List.of(), 99));
    }
}
