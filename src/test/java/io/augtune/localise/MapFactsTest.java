package io.augtune.localise;

import io.augtune.project.BoundingBox;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapThreshold;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapFactsTest {
    private static final MapThreshold THRESHOLD = new MapThreshold(5, 1, "rule");

    @Test
    void theDefectIsWhereTheOriginalSizeMapExceedsTheMapThreshold() {
        // A 2x2 map with one hot cell, top right, laid over a 40x20 image: the hot quarter is 20x10 pixels.
        AnomalyMap coarse = new AnomalyMap(2, 2, new double[] {0, 10, 0, 0});
        MapFacts facts = MapFacts.of(coarse, 40, 20, THRESHOLD);
        assertEquals(10, facts.maxMapScore());
        BoundingBox box = facts.defectBox();
        assertEquals(40, box.x() + box.width(), "reaches the right edge");
        assertEquals(0, box.y(), "reaches the top edge");
        assertTrue(box.x() >= 20 && box.height() <= 10, "stays in the hot quarter: " + box);
        assertTrue(facts.defectAreaPx() > 0 && facts.defectAreaPx() <= box.width() * box.height());
    }

    @Test
    void aMapBelowTheThresholdHasNoDefect() {
        MapFacts facts = MapFacts.of(new AnomalyMap(1, 1, new double[] {4.9}), 30, 30, THRESHOLD);
        assertEquals(0, facts.defectAreaPx());
        assertNull(facts.defectBox());
    }

    @Test
    void hugeImagesAreMeasuredOnAReducedGridAndScaledBack() {
        assertEquals(1, MapFacts.reduction(4000, 4000));
        assertEquals(2, MapFacts.reduction(8000, 4000));
        MapFacts facts = MapFacts.of(new AnomalyMap(1, 1, new double[] {9}), 8000, 4000, THRESHOLD);
        assertEquals(8000 * 4000, facts.defectAreaPx());
        assertEquals(new BoundingBox(0, 0, 8000, 4000), facts.defectBox());
    }
}
