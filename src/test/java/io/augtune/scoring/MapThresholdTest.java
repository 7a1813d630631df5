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
    void theThresholdIsAPercentileOfTheNormalMapsMaximaAndTheFloorTheirMedianValue() {
        List<AnomalyMap> normals = List.of(map(1, 2, 3), map(1, 1, 5), map(2, 2, 4));
        MapThreshold t = MapThreshold.fromNormalMaps(normals, 50);
        assertEquals(4, t.value(), 1e-12); // maxima 3, 5, 4
        assertEquals(2, t.floor(), 1e-12); // values 1 1 1 2 2 2 3 4 5
        assertTrue(t.rule().startsWith("50th percentile (linear interpolation) of the maxima of 3 held-back normal "
                + "maps = 4.0"), t.rule());
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
