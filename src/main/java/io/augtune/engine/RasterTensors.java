package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.Raster;

import java.util.List;

/** Conversions between DJL-free {@link Raster}s and the detector's float32 tensors. */
public final class RasterTensors {
    /** Rec. 601 luma weights for R, G, B: the usual gray conversion of 8-bit imaging libraries. */
    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private RasterTensors() {
    }

    /**
     * Stacks rasters into a batch {@code [N, channels, S, S]} of float32 in [0,1], created in {@code manager}.
     * A gray raster is replicated to 3 channels and an RGB raster reduced to 1 channel by luminance when
     * {@code channels} asks for it.
     *
     * @throws IllegalArgumentException if the list is empty, channels is not 1 or 3, or a raster is not square or
     *                                  not the size of the first one (resize to the working size first)
     */
    public static NDArray toBatch(NDManager manager, List<Raster> rasters, int channels) {
        if (rasters.isEmpty()) {
            throw new IllegalArgumentException("cannot make a batch of no rasters");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
        }
        int size = rasters.get(0).width();
        int plane = size * size;
        float[] batch = new float[rasters.size() * channels * plane];
        for (int i = 0; i < rasters.size(); i++) {
            Raster raster = rasters.get(i);
            requireSquare(raster, size, i);
            copyChannels(raster, channels, batch, i * channels * plane);
        }
        return manager.create(batch, new Shape(rasters.size(), channels, size, size));
    }

    private static void requireSquare(Raster raster, int size, int index) {
        if (raster.width() != size || raster.height() != size) {
            throw new IllegalArgumentException("raster " + index + " is " + raster.width() + "x" + raster.height()
                    + " but the batch needs " + size + "x" + size + " (resize to the working size first)");
        }
    }

    private static void copyChannels(Raster raster, int channels, float[] target, int offset) {
        int plane = raster.planeSize();
        float[] data = raster.data();
        if (raster.channels() == channels) {
            System.arraycopy(data, 0, target, offset, data.length);
        } else if (channels == 3) {
            for (int c = 0; c < 3; c++) {
                System.arraycopy(data, 0, target, offset + c * plane, plane);
            }
        } else {
            for (int p = 0; p < plane; p++) {
                target[offset + p] = LUMA[0] * data[p] + LUMA[1] * data[plane + p] + LUMA[2] * data[2 * plane + p];
            }
        }
    }

    /**
     * Copies one image {@code [C, H, W]} (C = 1 or 3, any floating type) into a raster; values are clamped to [0,1],
     * the raster's range.
     *
     * @throws IllegalArgumentException if the array is not of shape [C, H, W] with C = 1 or 3
     */
    public static Raster toRaster(NDArray chw) {
        Shape shape = chw.getShape();
        if (shape.dimension() != 3 || (shape.get(0) != 1 && shape.get(0) != 3)) {
            throw new IllegalArgumentException("expected one image [C, H, W] with C = 1 or 3, got " + shape);
        }
        float[] data = floatValues(chw);
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.min(1f, Math.max(0f, data[i]));
        }
        return new Raster((int) shape.get(2), (int) shape.get(1), (int) shape.get(0), data);
    }

    private static float[] floatValues(NDArray array) {
        if (array.getDataType() == DataType.FLOAT32) {
            return array.toFloatArray();
        }
        try (NDArray converted = array.toType(DataType.FLOAT32, true)) {
            return converted.toFloatArray();
        }
    }
}
