package io.augtune.engine;

import io.augtune.common.Raster;

import java.util.Arrays;
import java.util.Random;

/**
 * What the scoring benchmarks (issue #14) feed and read: generated images, memory banks of random entries, medians and
 * peak memory. Nearest-neighbour cost depends on a bank's size and entry length only, not on its contents, so random
 * entries time it as a fitted bank would.
 */
public final class BenchmarkInputs {
    private BenchmarkInputs() {
    }

    /** A gray image of smooth random stripes and grain. */
    public static Raster texture(int width, int height, Random random) {
        float[] data = new float[width * height];
        double fx = 0.02 + random.nextDouble() * 0.05;
        double fy = 0.01 + random.nextDouble() * 0.03;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0.5 + 0.2 * Math.sin(fx * x + fy * y) + 0.05 * random.nextGaussian();
                data[y * width + x] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return new Raster(width, height, 1, data);
    }

    /** A bank of {@code size} standard normal entries of {@code dimension} values. */
    public static PatchMemoryBank randomBank(int size, int dimension, Random random) {
        float[][] entries = new float[size][dimension];
        for (float[] e : entries) {
            for (int j = 0; j < dimension; j++) {
                e[j] = (float) random.nextGaussian();
            }
        }
        return new PatchMemoryBank(entries);
    }

    /** The median of at least one value. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Peak resident memory of this process in MiB (native allocations included), or -1 where unknown. */
    public static long peakResidentMb() {
        return ProcessMemory.peakResidentMb();
    }
}
