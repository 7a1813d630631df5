package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RasterTensorsTest {
    private static final Raster GRAY = new Raster(2, 2, 1, new float[] {0f, 0.25f, 0.5f, 1f});
    private static final Raster RED = new Raster(2, 2, 3, new float[] {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0});

    @Test
    void rastersStackIntoAChannelMajorBatch() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray batch = RasterTensors.toBatch(manager, List.of(GRAY, GRAY), 1);
            assertEquals(new Shape(2, 1, 2, 2), batch.getShape());
            assertEquals(DataType.FLOAT32, batch.getDataType());
            assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 1f, 0f, 0.25f, 0.5f, 1f}, batch.toFloatArray());
        }
    }

    @Test
    void grayIsReplicatedToThreeChannelsAndColourReducedByLuminance() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray rgb = RasterTensors.toBatch(manager, List.of(GRAY), 3);
            assertArrayEquals(new float[] {0f, 0.25f, 0.5f, 1f, 0f, 0.25f, 0.5f, 1f, 0f, 0.25f, 0.5f, 1f},
                    rgb.toFloatArray());
            NDArray gray = RasterTensors.toBatch(manager, List.of(RED), 1);
            assertArrayEquals(new float[] {0.299f, 0.299f, 0.299f, 0.299f}, gray.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void rastersOfTheWrongSizeAreRejectedWithTheirIndex() {
        Raster wide = new Raster(3, 2, 1, new float[6]);
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RasterTensors.toBatch(manager, List.of(GRAY, wide), 1));
            assertTrue(e.getMessage().contains("raster 1 is 3x2"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> RasterTensors.toBatch(manager, List.of(wide), 1));
            assertThrows(IllegalArgumentException.class, () -> RasterTensors.toBatch(manager, List.of(), 1));
        }
    }

    @Test
    void oneImageConvertsBackToARasterClampedToTheUnitRange() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray chw = manager.create(new double[] {-0.5, 0.25, 0.75, 2.0}, new Shape(1, 1, 4));
            Raster raster = RasterTensors.toRaster(chw);
            assertEquals(4, raster.width());
            assertEquals(1, raster.height());
            assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, raster.data());
            assertThrows(IllegalArgumentException.class, () -> RasterTensors.toRaster(chw.reshape(1, 1, 1, 4)));
        }
    }
}
