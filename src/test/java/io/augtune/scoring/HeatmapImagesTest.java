package io.augtune.scoring;

import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeatmapImagesTest {
    private final HeatmapColouring colouring = new HeatmapColouring(new HeatmapScale(0, 1), ColourMap.inferno());

    @Test
    void anOverlayBlendsTheMapsColourAtTheGivenOpacityWhereItIsHotAndLeavesTheFloorClear() {
        Raster gray = new Raster(2, 1, 1, new float[] {0.2f, 0.8f});
        AnomalyMap map = new AnomalyMap(2, 1, new double[] {0, 2});
        Raster overlay = HeatmapImages.overlay(gray, map, colouring, 0.25);
        assertEquals(3, overlay.channels());
        int hot = ColourMap.inferno().rgb(1);
        assertEquals(0.75 * 0.8 + 0.25 * ((hot >> 16) & 0xFF) / 255.0, overlay.get(0, 0, 1), 1e-6);
        assertEquals(0.75 * 0.8 + 0.25 * (hot & 0xFF) / 255.0, overlay.get(2, 0, 1), 1e-6);
        assertEquals(0.2, overlay.get(2, 0, 0), 1e-6, "at the floor the part shows through unchanged");
        assertEquals(0.2, overlay.get(0, 0, 0), 1e-6);
    }

    @Test
    void theColoursOpacityRisesFromTheFloorToTheThreshold() {
        HeatmapColouring c = new HeatmapColouring(new HeatmapScale(2, 6), ColourMap.inferno());
        assertEquals(0, c.alpha(1));
        assertEquals(0, c.alpha(2));
        assertEquals(0.5, c.alpha(4), 1e-9);
        assertEquals(1, c.alpha(6));
        assertEquals(1, c.alpha(60));
        assertEquals(255, c.argb(60) >>> 24);
    }

    @Test
    void anRgbImageKeepsItsOwnChannelsUnderTheOverlay() {
        Raster rgb = new Raster(1, 1, 3, new float[] {1, 0, 0});
        Raster overlay = HeatmapImages.overlay(rgb, new AnomalyMap(1, 1, new double[] {0}), colouring, 0);
        assertEquals(1, overlay.get(0, 0, 0));
        assertEquals(0, overlay.get(1, 0, 0));
    }

    @Test
    void theRawMapIsTheValueOverTheFullScaleClampedToTheUnitRange() {
        Raster raw = HeatmapImages.raw(new AnomalyMap(4, 1, new double[] {-1, 0, 5, 30}), 10);
        assertEquals(0f, raw.get(0, 0, 0));
        assertEquals(0f, raw.get(0, 0, 1));
        assertEquals(0.5f, raw.get(0, 0, 2));
        assertEquals(1f, raw.get(0, 0, 3));
    }

    @Test
    void aSignedMapIsWrittenBetweenItsLowAndHighValues() {
        Raster raw = HeatmapImages.raw(new AnomalyMap(4, 1, new double[] {-5, -2, 1, 9}), -2, 2);
        assertEquals(0f, raw.get(0, 0, 0), "below the low end: level 0");
        assertEquals(0f, raw.get(0, 0, 1));
        assertEquals(0.75f, raw.get(0, 0, 2));
        assertEquals(1f, raw.get(0, 0, 3));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HeatmapImages.raw(new AnomalyMap(1, 1, new double[] {0}), 1, 1));
    }

    @Test
    void aMapOfAnotherSizeOrABadOpacityIsRejected() {
        Raster gray = new Raster(2, 1, 1, new float[2]);
        assertThrows(IllegalArgumentException.class,
                () -> HeatmapImages.overlay(gray, new AnomalyMap(1, 1, new double[1]), colouring, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> HeatmapImages.overlay(gray, new AnomalyMap(2, 1, new double[2]), colouring, 1.5));
    }
}
