package io.augtune.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DetectorConfigTest {

    @Test
    void defaultsAreFourStagesEndingInA128WideEmbedding() {
        DetectorConfig config = DetectorConfig.defaults(64, 1);
        assertArrayEquals(new int[] {32, 64, 128, 128}, config.stageWidths());
        assertEquals(128, config.embeddingDim());
        assertEquals(4, config.featureMapSize(3));
    }

    @Test
    void featureMapsHalveWithRoundingUp() {
        DetectorConfig config = new DetectorConfig(20, 1, new int[] {4, 4, 4}, 4, 1e-3, 0);
        assertEquals(10, config.featureMapSize(0));
        assertEquals(5, config.featureMapSize(1));
        assertEquals(3, config.featureMapSize(2));
        assertThrows(IllegalArgumentException.class, () -> config.featureMapSize(3));
    }

    @Test
    void theStageWidthsCannotBeChangedFromOutside() {
        int[] widths = {8, 16};
        DetectorConfig config = new DetectorConfig(16, 1, widths, 16, 1e-3, 0);
        widths[0] = 99;
        config.stageWidths()[1] = 99;
        assertArrayEquals(new int[] {8, 16}, config.stageWidths());
    }

    @Test
    void configsWithEqualValuesAreEqual() {
        assertEquals(DetectorConfig.defaults(64, 3), DetectorConfig.defaults(64, 3));
        assertEquals(DetectorConfig.defaults(64, 3).hashCode(), DetectorConfig.defaults(64, 3).hashCode());
    }

    @Test
    void invalidSettingsAreRejected() {
        int[] widths = {8};
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(8, 1, widths, 8, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 2, widths, 8, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, new int[0], 8, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, new int[] {0}, 8, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, widths, 0, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, widths, 8, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, widths, 8, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new DetectorConfig(16, 1, widths, 8, 1e-3, -1));
    }
}
