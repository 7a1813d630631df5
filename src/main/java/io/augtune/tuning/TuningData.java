package io.augtune.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.imaging.Raster;

import java.util.List;
import java.util.Random;

/**
 * The images a tuning run sees, at the working size, packed as plain float arrays (not NDArrays) so that every batch
 * is created inside the caller's per-step manager and freed with it.
 */
public final class TuningData {
    private final float[][] normals;
    private final float[][] production;
    private final int channels;
    private final int size;

    /**
     * @param normals    normal training images, all {@code size x size} with the given channel count
     * @param production unlabeled production images, same shape
     */
    public TuningData(List<Raster> normals, List<Raster> production, int channels, int size) {
        if (normals.size() < 2) {
            throw new IllegalArgumentException("tuning needs at least 2 normal images, got " + normals.size());
        }
        if (production.isEmpty()) {
            throw new IllegalArgumentException("tuning needs at least 1 production image");
        }
        this.channels = channels;
        this.size = size;
        this.normals = pack(normals);
        this.production = pack(production);
    }

    private float[][] pack(List<Raster> rasters) {
        float[][] out = new float[rasters.size()][];
        for (int i = 0; i < out.length; i++) {
            Raster r = rasters.get(i);
            if (r.width() != size || r.height() != size || r.channels() != channels) {
                throw new IllegalArgumentException("image " + i + " is " + r.width() + "x" + r.height() + "x"
                        + r.channels() + ", expected " + size + "x" + size + "x" + channels);
            }
            out[i] = r.data();
        }
        return out;
    }

    public int channels() {
        return channels;
    }

    public int size() {
        return size;
    }

    public int normalCount() {
        return normals.length;
    }

    public int productionCount() {
        return production.length;
    }

    /** A random batch of normal images {@code [n, C, S, S]} (with replacement only if n exceeds the set). */
    public NDArray sampleNormals(NDManager manager, Random random, int n) {
        return batch(manager, normals, sampleIndices(random, normals.length, n));
    }

    /** A random batch of production images {@code [n', C, S, S]}, n' = min(n, count). */
    public NDArray sampleProduction(NDManager manager, Random random, int n) {
        return batch(manager, production, sampleIndices(random, production.length, Math.min(n, production.length)));
    }

    /** The first n normal images in a fixed order: a stable sample for final losses. */
    public NDArray fixedNormals(NDManager manager, int n) {
        return batch(manager, normals, firstIndices(Math.min(n, normals.length)));
    }

    /** The first n production images in a fixed order. */
    public NDArray fixedProduction(NDManager manager, int n) {
        return batch(manager, production, firstIndices(Math.min(n, production.length)));
    }

    private static int[] firstIndices(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /** Without replacement while possible (partial Fisher-Yates), so a batch holds distinct images. */
    static int[] sampleIndices(Random random, int population, int n) {
        int[] pool = firstIndices(population);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int k = i % population;
            if (k == 0 && i > 0) {
                pool = firstIndices(population);
            }
            int j = k + random.nextInt(population - k);
            int tmp = pool[k];
            pool[k] = pool[j];
            pool[j] = tmp;
            out[i] = pool[k];
        }
        return out;
    }

    private NDArray batch(NDManager manager, float[][] source, int[] indices) {
        int per = channels * size * size;
        float[] data = new float[indices.length * per];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(source[indices[i]], 0, data, i * per, per);
        }
        return manager.create(data, new Shape(indices.length, channels, size, size));
    }
}
