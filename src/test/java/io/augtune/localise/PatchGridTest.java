package io.augtune.localise;

import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PatchGridTest {

    /** A raster whose every pixel holds its own index, so any crop says where it came from. */
    private static Raster indexed(int width, int height) {
        float[] data = new float[width * height];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        return new Raster(width, height, 1, data);
    }

    @Test
    void theScaledSizeIsRoundedToTheNearestThatThePatchesFitExactly() {
        PatchGrid grid = PatchGrid.forImages(500, 1266, 0.5, 64, 32);
        assertEquals(256, grid.width(), "250 px hold 6.8 strides after the first patch: 6");
        assertEquals(640, grid.height(), "633 px: 17.8 strides, rounded to 18");
        assertEquals(7, grid.columns());
        assertEquals(19, grid.rows());
        assertEquals(133, grid.count());
    }

    @Test
    void anImageSmallerThanOnePatchIsTakenAtOnePatch() {
        PatchGrid grid = PatchGrid.forImages(40, 30, 0.5, 64, 32);
        assertEquals(64, grid.width());
        assertEquals(64, grid.height());
        assertEquals(1, grid.count());
    }

    @Test
    void patchesAreCutRowByRowEveryStridePixels() {
        PatchGrid grid = new PatchGrid(4, 2, 8, 6);
        List<Raster> patches = grid.cut(indexed(8, 6));
        assertEquals(3 * 2, patches.size());
        Raster secondRowThirdColumn = patches.get(1 * 3 + 2);
        assertEquals(4, secondRowThirdColumn.width());
        assertEquals(2 * 8 + 4, secondRowThirdColumn.get(0, 0, 0), "top-left pixel at (x 4, y 2)");
        assertEquals(5 * 8 + 7, secondRowThirdColumn.get(0, 3, 3), "bottom-right pixel at (x 7, y 5)");
    }

    @Test
    void aCellGetsTheMeanOfThePatchesThatContainIt() {
        PatchGrid grid = new PatchGrid(4, 2, 8, 4);
        double[] scores = {0, 0, 6};
        double[] cells = grid.cellMap(scores);
        assertEquals(4, grid.cellColumns());
        assertEquals(2, grid.cellRows());
        // columns 0-1 lie in patch 0 only or patches 0 and 1; column 2 in patches 1 and 2; column 3 in patch 2 only
        assertArrayEquals(new double[] {0, 0, 3, 6, 0, 0, 3, 6}, cells, 1e-12);
    }

    @Test
    void aStrideThatDoesNotDivideThePatchOrASizeThePatchesDoNotFitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PatchGrid(64, 24, 64, 64));
        assertThrows(IllegalArgumentException.class, () -> new PatchGrid(64, 32, 100, 64));
        assertThrows(IllegalArgumentException.class, () -> new PatchGrid(4, 2, 8, 4).cut(indexed(8, 6)));
        assertThrows(IllegalArgumentException.class, () -> PatchGrid.forImages(100, 100, 1.5, 64, 32));
    }
}
