package io.augtune.ui.tune;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedSeriesTest {

    @Test
    void appendsUntilFullThenHalvesAndKeepsTheNewestPoint() {
        BoundedSeries series = new BoundedSeries(8);
        for (int i = 0; i < 8; i++) {
            series.add(i, i);
        }
        BoundedSeries.Changes first = series.takeChanges();
        assertFalse(first.replaceAll());
        assertEquals(8, first.points().size());
        series.add(8, 8);
        BoundedSeries.Changes second = series.takeChanges();
        assertTrue(second.replaceAll());
        assertEquals(5, second.points().size());
        series.add(9, 9);
        BoundedSeries.Changes third = series.takeChanges();
        assertEquals(9.0, third.points().get(third.points().size() - 1)[0]);
        assertTrue(series.size() <= 8 + 1);
    }

    @Test
    void nonFiniteValuesAreIgnoredAndNoNewsIsEmpty() {
        BoundedSeries series = new BoundedSeries(8);
        series.add(0, Double.NaN);
        assertTrue(series.takeChanges().isEmpty());
        series.add(1, 2);
        assertEquals(1, series.takeChanges().points().size());
        assertTrue(series.takeChanges().isEmpty());
    }
}
