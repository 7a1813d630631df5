package io.augtune.ui.tune;

import io.augtune.augment.Augmentations;
import io.augtune.augment.HyperparameterRange;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantitiesTest {

    @Test
    void everyHyperparameterOfEveryFamilyHasATitleWithItsUnit() {
        for (String family : Augmentations.families()) {
            for (HyperparameterRange range : Augmentations.byFamily(family).ranges()) {
                String title = Quantities.title(range.name());
                assertNotEquals(range.name(), title, family + " " + range.name() + " has no title");
                assertTrue(title.contains("(") && title.endsWith(")"), "a unit in brackets: " + title);
            }
        }
    }

    @Test
    void fractionsShowAsPercentagesAnglesInDegreesAndRatiosAsTheyAre() {
        assertEquals("2.50 %", Quantities.format("width", 0.025));
        assertEquals("45°", Quantities.format("tilt", 45.2));
        assertEquals("1.25", Quantities.format("aspect", 1.25));
        assertEquals("0.123", Quantities.format("someNewKnob", 0.1234));
        assertEquals(60.0, Quantities.inDisplayUnit("opacity", 0.6), 1e-12);
        assertEquals(30.0, Quantities.inDisplayUnit("angle", 30.0), 1e-12);
    }

    @Test
    void aFourHyperparameterFamilyReadsOnOneLineSortedByName() {
        Map<String, Double> line = new LinkedHashMap<>();
        line.put("width", 0.03);
        line.put("length", 0.5);
        line.put("tilt", 30.0);
        line.put("contrast", 0.55);
        assertEquals("contrast 55.0 % · length 50.0 % · tilt 30° · width 3.00 %", Quantities.describe(line));
    }

    @Test
    void chartsGoTwoToARowUpToFourAndThreeToARowBeyond() {
        assertEquals(2, LiveCharts.columnsFor(3));
        assertEquals(2, LiveCharts.columnsFor(4));
        assertEquals(3, LiveCharts.columnsFor(6));
    }
}
