package io.augtune.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.Raster;

import java.util.List;
import java.util.Random;

/**
 * The images a tuning run sees, packed as plain float arrays (not NDArrays) so that every batch is created inside the
 * caller's per-step manager and freed with it. Images at the working size are used whole. Larger images (patch-level
 * detection, issue #8) give a random {@code size x size} patch each time one is drawn, so the detector and the
 * validation loss see patches of the production images rather than the images squashed to the working size.
 */
public final class TuningData {
    private final Raster[] normals;
    private final Raster[] production;
    private final int channels;
    private final int size;
    private final boolean patches;

    /**
     * @param normals    normal training images with the given channel count, each at least {@code size x size}
     * @param production unlabeled production images, same channels and at least the same size
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
        this.patches = anyLarger(this.normals) || anyLarger(this.production);
    }

    private Raster[] pack(List<Raster> rasters) {
        Raster[] out = new Raster[rasters.size()];
        for (int i = 0; i < out.length; i++) {
            Raster r = rasters.get(i);
            if (r.width() < size || r.height() < size || r.channels() != channels) {
                throw new IllegalArgumentException("image " + i + " is " + r.width() + "x" + r.height() + "x"
                        + r.channels() + ", expected at least " + size + "x" + size + "x" + channels);
            }
            out[i] = r;
        }
        return out;
    }

    private boolean anyLarger(Raster[] rasters) {
        for (Raster r : rasters) {
            if (r.width() > size || r.height() > size) {
                return true;
            }
        }
        return false;
    }

    /** Whether batches are random patches of larger images rather than whole images. */
    public boolean patches() {
        return patches;
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
        return batch(manager, normals, sampleIndices(random, normals.length, n), random);
    }

    /**
     * A random batch of production images {@code [n', C, S, S]}: n' = min(n, count) whole images, or n patches (a
     * production image holds many different patches).
     */
    public NDArray sampleProduction(NDManager manager, Random random, int n) {
        int count = patches ? n : Math.min(n, production.length);
        return batch(manager, production, sampleIndices(random, production.length, count), random);
    }

    /** n normal images spread evenly over the set (patches at fixed places): a stable sample for final losses. */
    public NDArray fixedNormals(NDManager manager, int n) {
        return fixed(manager, normals, n);
    }

    /** n production images spread evenly over the set, or n patches at fixed places cycling through all of them. */
    public NDArray fixedProduction(NDManager manager, int n) {
        return fixed(manager, production, n);
    }

    private NDArray fixed(NDManager manager, Raster[] source, int n) {
        return batch(manager, source, fixedIndices(source.length, patches ? n : Math.min(n, source.length)),
                new Random(FIXED_PATCH_SEED));
    }

    /**
     * Indices spread evenly over the whole set, not its first {@code count}: production folders are often sorted
     * (by time, or good before defective), and a final loss on the first images would see only one part of them.
     */
    static int[] fixedIndices(int population, int count) {
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = count >= population ? i % population : (int) ((long) i * population / count);
        }
        return idx;
    }

    /** Seed of the patch places of the fixed samples: the same places in every call and every run. */
    private static final long FIXED_PATCH_SEED = 0x5eed;

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

    /** Whole images as they are; larger images give a patch at a random place drawn from {@code places}. */
    private NDArray batch(NDManager manager, Raster[] source, int[] indices, Random places) {
        int per = channels * size * size;
        float[] data = new float[indices.length * per];
        for (int i = 0; i < indices.length; i++) {
            Raster r = source[indices[i]];
            if (r.width() == size && r.height() == size) {
                System.arraycopy(r.data(), 0, data, i * per, per);
            } else {
                int left = places.nextInt(r.width() - size + 1);
                int top = places.nextInt(r.height() - size + 1);
                System.arraycopy(r.crop(left, top, size).data(), 0, data, i * per, per);
            }
        }
        return manager.create(data, new Shape(indices.length, channels, size, size));
    }

}
