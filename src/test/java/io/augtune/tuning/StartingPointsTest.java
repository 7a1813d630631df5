package io.augtune.tuning;

import io.augtune.augment.CutDiffAugmentation;
import io.augtune.augment.HyperparameterRange;
import io.augtune.augment.RotationAugmentation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartingPointsTest {
    private final List<HyperparameterRange> cutdiff = new CutDiffAugmentation().ranges();

    @Test
    void spreadStartsRunFromSmallToLargeValues() {
        List<double[]> starts = StartingPoints.spread(cutdiff, 3);
        assertEquals(3, starts.size());
        double low = cutdiff.get(0).toValue(starts.get(0)[0]);
        double mid = cutdiff.get(0).toValue(starts.get(1)[0]);
        double high = cutdiff.get(0).toValue(starts.get(2)[0]);
        assertTrue(low < mid && mid < high, low + " " + mid + " " + high);
        assertEquals(cutdiff.get(0).midValue(), mid, 1e-12);
    }

    @Test
    void gridHasEveryCombinationInsideTheRanges() {
        List<double[]> grid = StartingPoints.grid(cutdiff, 3);
        assertEquals(9, grid.size());
        for (double[] p : grid) {
            for (int d = 0; d < p.length; d++) {
                double v = cutdiff.get(d).toValue(p[d]);
                assertTrue(v > cutdiff.get(d).lo() && v < cutdiff.get(d).hi());
            }
        }
        assertNotEquals(grid.get(0)[0], grid.get(1)[0]);
        assertEquals(5, StartingPoints.grid(new RotationAugmentation().ranges(), 5).size());
    }

    @Test
    void batchesHoldDistinctImagesWhileThePopulationAllows() {
        int[] idx = TuningData.sampleIndices(new Random(1), 10, 10);
        assertEquals(10, java.util.Arrays.stream(idx).distinct().count());
        int[] more = TuningData.sampleIndices(new Random(1), 4, 9);
        assertEquals(9, more.length);
        assertTrue(java.util.Arrays.stream(more).allMatch(i -> i >= 0 && i < 4));
    }
}
