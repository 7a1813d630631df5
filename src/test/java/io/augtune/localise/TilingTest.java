package io.augtune.localise;

import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TilingTest {

    @Test
    void tilesAreCutRowMajorWithEveryChannel() {
        float[] data = new float[3 * 4 * 4];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        List<Raster> tiles = Tiling.cut(new Raster(4, 4, 3, data), 2, 2);
        assertEquals(4, tiles.size());
        Raster topRight = tiles.get(1);
        assertEquals(2, topRight.width());
        assertEquals(2, topRight.get(0, 0, 0)); // channel 0, row 0, column 2
        assertEquals(32 + 4 * 1 + 3, topRight.get(2, 1, 1)); // channel 2, row 1, column 3
        assertEquals(4 * 2, tiles.get(2).get(0, 0, 0)); // bottom-left starts at row 2
    }

    @Test
    void stitchedTileMapsLandWhereTheirTilesWere() {
        float[][][] tileMaps = new float[4][1][];
        for (int t = 0; t < 4; t++) {
            tileMaps[t][0] = new float[] {t};
        }
        float[][] map = Tiling.stitch(tileMaps, 0, 2, 2, 1);
        assertEquals(4, map.length);
        for (int t = 0; t < 4; t++) {
            assertSame(tileMaps[t][0], map[t]);
        }
    }

    @Test
    void aTallGridStitchesTilesDownThePage() {
        float[][][] tileMaps = new float[3][4][];
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 4; p++) {
                tileMaps[t][p] = new float[] {10 * t + p};
            }
        }
        float[][] map = Tiling.stitch(tileMaps, 0, 1, 3, 2);
        assertEquals(12, map.length);
        // Tile 1 starts at row 2; its position 3 (row 1, column 1 of the tile) is row 3, column 1 of the map.
        assertEquals(13, map[3 * 2 + 1][0]);
        assertEquals(20, map[4 * 2][0]);
    }

    @Test
    void aSideThatTheTilesDoNotDivideIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tiling.cut(new Raster(5, 5, 1, new float[25]), 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Tiling.cut(new Raster(4, 5, 1, new float[20]), 2, 3));
    }
}
