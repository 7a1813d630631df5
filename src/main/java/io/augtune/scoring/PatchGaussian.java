package io.augtune.scoring;

import io.augtune.common.CancellationToken;

import java.util.List;
import java.util.Objects;

/**
 * PaDiM-style localisation: one {@link GaussianModel} per spatial position of a feature map, so that each position
 * of a new map gets its own Mahalanobis distance. Immutable and thread-safe.
 *
 * <p>Feature maps are {@code [h*w][c]}: position {@code p = y * width + x}, then the c channel values at that
 * position. Memory is one mean, one covariance triangle and one Cholesky triangle per position, about
 * {@code h*w * c² * 8} bytes in total (about 34 MB for 256 positions of 128 channels).
 */
public final class PatchGaussian {
    private final int height;
    private final int width;
    private final List<GaussianModel> positions;

    private PatchGaussian(int height, int width, List<GaussianModel> positions) {
        this.height = height;
        this.width = width;
        this.positions = positions;
    }

    /** Fit without cancellation; see {@link #fit(double[][][], int, int, CancellationToken)}. */
    public static PatchGaussian fit(double[][][] maps, int height, int width) {
        return fit(maps, height, width, CancellationToken.none());
    }

    /**
     * Fit one Gaussian per position.
     *
     * @param maps   normal feature maps {@code [n][h*w][c]}, n ≥ 2; not modified
     * @param height map height h (positions are row-major, width fastest)
     * @param width  map width w
     * @param cancel checked once per position
     */
    public static PatchGaussian fit(double[][][] maps, int height, int width, CancellationToken cancel) {
        Objects.requireNonNull(maps, "maps");
        return fit(maps.length, (k, p) -> maps[k][p], k -> maps[k].length, height, width, cancel);
    }

    /**
     * Fit one Gaussian per position from single-precision maps, as a detector produces them; each position's samples
     * are widened to double only while that position is fitted, so memory stays at the float maps plus one
     * position's samples.
     *
     * @param maps normal feature maps {@code [n][h*w][c]}, n ≥ 2; not modified
     */
    public static PatchGaussian fit(float[][][] maps, int height, int width, CancellationToken cancel) {
        Objects.requireNonNull(maps, "maps");
        return fit(maps.length, (k, p) -> widen(maps[k][p]), k -> maps[k].length, height, width, cancel);
    }

    /** Sample k's feature vector at position p. */
    private interface Samples {
        double[] at(int k, int p);
    }

    private interface PositionCounts {
        int of(int k);
    }

    private static PatchGaussian fit(int n, Samples samplesAt, PositionCounts positionsOf, int height, int width,
                                     CancellationToken cancel) {
        if (n == 0) {
            throw new IllegalArgumentException("no feature maps to fit");
        }
        int positionCount = checkedPositionCount(height, width, positionsOf.of(0));
        for (int k = 0; k < n; k++) {
            if (positionsOf.of(k) != positionCount) {
                throw new IllegalArgumentException("map " + k + " has " + positionsOf.of(k) + " positions, expected "
                        + positionCount);
            }
        }
        GaussianModel[] models = new GaussianModel[positionCount];
        double[][] samples = new double[n][];
        for (int p = 0; p < positionCount; p++) {
            cancel.checkpoint();
            for (int k = 0; k < n; k++) {
                samples[k] = samplesAt.at(k, p);
            }
            models[p] = GaussianModel.fit(samples);
        }
        return new PatchGaussian(height, width, List.of(models));
    }

    /**
     * Restore from per-position models saved through {@link #positions()}.
     *
     * @param positions row-major, exactly {@code height * width} models of one common dimension
     */
    public static PatchGaussian fromModels(int height, int width, List<GaussianModel> positions) {
        checkedPositionCount(height, width, positions.size());
        int channels = positions.get(0).dimension();
        for (GaussianModel model : positions) {
            if (model.dimension() != channels) {
                throw new IllegalArgumentException("position models differ in dimension");
            }
        }
        return new PatchGaussian(height, width, List.copyOf(positions));
    }

    /**
     * Distance map of one feature map.
     *
     * @param map {@code [h*w][c]}
     * @return {@code double[h*w]}, row-major, Mahalanobis distance of each position to its own Gaussian
     */
    public double[] score(double[][] map) {
        if (map.length != positions.size()) {
            throw new IllegalArgumentException("map has " + map.length + " positions, expected " + positions.size());
        }
        double[] distances = new double[map.length];
        for (int p = 0; p < map.length; p++) {
            distances[p] = positions.get(p).mahalanobis(map[p]);
        }
        return distances;
    }

    /** Distance map of one single-precision feature map {@code [h*w][c]}; see {@link #score(double[][])}. */
    public double[] score(float[][] map) {
        if (map.length != positions.size()) {
            throw new IllegalArgumentException("map has " + map.length + " positions, expected " + positions.size());
        }
        double[] distances = new double[map.length];
        for (int p = 0; p < map.length; p++) {
            distances[p] = positions.get(p).mahalanobis(widen(map[p]));
        }
        return distances;
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Channels c per position. */
    public int channels() {
        return positions.get(0).dimension();
    }

    /** The per-position models, row-major, unmodifiable; each is persisted like any {@link GaussianModel}. */
    public List<GaussianModel> positions() {
        return positions;
    }

    private static int checkedPositionCount(int height, int width, int actual) {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("map size must be positive: " + height + "x" + width);
        }
        if ((long) height * width != actual) {
            throw new IllegalArgumentException(actual + " positions do not match a " + height + "x" + width + " map");
        }
        return actual;
    }
}
