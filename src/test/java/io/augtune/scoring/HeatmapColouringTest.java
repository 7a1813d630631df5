package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapColouringTest {

    @Test
    void theRampRunsFromNearBlackToPaleYellowThroughItsControlPoints() {
        ColourMap inferno = ColourMap.inferno();
        assertEquals(0x000004, inferno.rgb(0));
        assertEquals(0xFCFFA4, inferno.rgb(1));
        assertEquals(0x1B0C42, inferno.rgb(1.0 / 9));
        // Halfway between the first two control points, channel by channel.
        assertEquals((14 << 16) | (6 << 8) | 35, inferno.rgb(0.5 / 9));
    }

    @Test
    void theRampGetsStrictlyBrighterFromStartToEnd() {
        ColourMap inferno = ColourMap.inferno();
        double previous = -1;
        for (int i = 0; i <= 90; i++) {
            double luminance = relativeLuminance(inferno.rgb(i / 90.0));
            assertTrue(luminance > previous, "luminance must rise at step " + i);
            previous = luminance;
        }
    }

    @Test
    void theThresholdSitsInTheMiddleAndTwiceTheThresholdSaturates() {
        HeatmapColouring colouring = HeatmapColouring.anchoredAt(10);
        assertEquals(ColourMap.inferno().rgb(0.5), colouring.rgb(10));
        assertEquals(ColourMap.inferno().rgb(1), colouring.rgb(20));
        assertEquals(ColourMap.inferno().rgb(1), colouring.rgb(1e9));
        assertEquals(ColourMap.inferno().rgb(0), colouring.rgb(-3));
        assertEquals(ColourMap.inferno().rgb(0), colouring.rgb(Double.NaN));
    }

    @Test
    void aFloorShiftsTheDarkEndButKeepsTheThresholdInTheMiddle() {
        HeatmapScale scale = new HeatmapScale(4, 10);
        assertEquals(0.0, scale.position(4));
        assertEquals(0.5, scale.position(10));
        assertEquals(0.25, scale.position(7));
        assertEquals(16.0, scale.saturationValue());
        assertThrows(IllegalArgumentException.class, () -> new HeatmapScale(10, 10));
    }

    @Test
    void everyImageIsColouredOnTheSameScaleRegardlessOfItsOwnRange() {
        HeatmapColouring colouring = HeatmapColouring.anchoredAt(10);
        int[] faint = colouring.colour(new double[] {1, 2});
        int[] strong = colouring.colour(new double[] {1, 2, 30});
        assertArrayEquals(faint, new int[] {strong[0], strong[1]});
    }

    @Test
    void theLegendListsValuesWithTheirColoursAndMarksThresholdAndSaturation() {
        List<LegendTick> legend = HeatmapColouring.anchoredAt(12.5).legend();
        assertEquals(5, legend.size());
        assertEquals(new LegendTick(0, 0, ColourMap.inferno().rgb(0), "0"), legend.get(0));
        assertEquals(new LegendTick(12.5, 0.5, ColourMap.inferno().rgb(0.5), "12.5 (threshold)"), legend.get(2));
        assertEquals("≥ 25", legend.get(4).label());
        assertEquals(25.0, legend.get(4).value());
    }

    private static double relativeLuminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
