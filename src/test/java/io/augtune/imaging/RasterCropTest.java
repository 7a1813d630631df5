package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RasterCropTest {

    @Test
    void aCropTakesTheSquareFromEveryChannel() {
        float[] data = new float[3 * 3 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        Raster crop = new Raster(3, 3, 3, data).crop(1, 1, 2);
        assertArrayEquals(new float[] {4, 5, 7, 8, 13, 14, 16, 17, 22, 23, 25, 26}, crop.data());
    }

    @Test
    void aSquareOutsideTheRasterIsRefused() {
        Raster r = new Raster(4, 4, 1, new float[16]);
        assertThrows(IllegalArgumentException.class, () -> r.crop(2, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> r.crop(-1, 0, 2));
    }
}
