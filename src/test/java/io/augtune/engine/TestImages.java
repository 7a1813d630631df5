package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small deterministic image batches for engine tests. */
final class TestImages {
    private TestImages() {
    }

    /** Uniform noise in [0, 0.5], {@code [n, channels, size, size]}, the same for the same seed. */
    static NDArray noise(NDManager manager, int n, int channels, int size, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n * channels * size * size];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.5f * random.nextFloat();
        }
        return manager.create(values, new Shape(n, channels, size, size));
    }

    /** The images with a bright square of side size/4 at a per-image random position, on every channel. */
    static NDArray withBrightSquare(NDArray images, long seed) {
        Shape shape = images.getShape();
        int n = (int) shape.get(0);
        int channels = (int) shape.get(1);
        int size = (int) shape.get(2);
        int side = size / 4;
        float[] values = images.toFloatArray();
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            int top = random.nextInt(size - side);
            int left = random.nextInt(size - side);
            for (int c = 0; c < channels; c++) {
                for (int y = top; y < top + side; y++) {
                    for (int x = left; x < left + side; x++) {
                        values[((i * channels + c) * size + y) * size + x] = 1f;
                    }
                }
            }
        }
        return images.getManager().create(values, shape);
    }

    /** Noise rasters of the given size. */
    static List<Raster> noiseRasters(int n, int channels, int size, long seed) {
        Random random = new Random(seed);
        List<Raster> rasters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] data = new float[channels * size * size];
            for (int p = 0; p < data.length; p++) {
                data[p] = random.nextFloat();
            }
            rasters.add(new Raster(size, size, channels, data));
        }
        return rasters;
    }
}
