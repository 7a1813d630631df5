package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetectorFeatureMapRastersTest {
    private static final int SIZE = 16;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16, 16}, 16, 1e-3, 0);

    @Test
    void featureMapRastersHoldEachPositionsChannelsInRowMajorOrderAcrossBatches() {
        int count = Detector.INFERENCE_BATCH + 2;
        List<Raster> rasters = TestImages.noiseRasters(count, 1, SIZE, 7);
        try (Detector detector = Detector.create(CONFIG, 3); NDManager step = detector.manager().newSubManager()) {
            float[][][] maps = detector.featureMapRasters(rasters, 1, CancellationToken.none());
            assertEquals(count, maps.length);
            assertEquals(4 * 4, maps[0].length);
            assertEquals(16, maps[0][0].length);
            NDArray last = detector.featureMap(RasterTensors.toBatch(step, rasters.subList(count - 1, count), 1), 1);
            for (int c : new int[] {0, 5, 15}) {
                for (int y = 0; y < 4; y++) {
                    for (int x = 0; x < 4; x++) {
                        assertEquals(last.getFloat(0, c, y, x), maps[count - 1][y * 4 + x][c], 1e-6f);
                    }
                }
            }
        }
    }
}
