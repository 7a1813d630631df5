package io.augtune.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * A multivariate Gaussian fitted to normal embeddings, scoring new embeddings by Mahalanobis distance
 *. Immutable and thread-safe.
 *
 * <p>The covariance is the Ledoit-Wolf shrunk estimate of {@link LedoitWolf}. It is factored once by Cholesky
 * ({@code O(d³)}); each distance is then one triangular solve ({@code O(d²)}), which is the precision matrix applied
 * in factored form. If rounding leaves the shrunk covariance not positive definite (only possible for degenerate
 * data, e.g. all samples equal so that {@code tr(S) = 0}), a ridge {@code εI} is added, starting at {@code 1e-10}
 * times the mean variance (or {@code 1e-10} if that is 0) and growing tenfold until the factorisation succeeds; the
 * stored {@link #covariance()} includes that ridge.
 *
 * <p>Persistence: {@link #mean()}, {@link #covariance()} and {@link #shrinkage()} are plain arrays and numbers;
 * {@link #fromArrays} restores a model that gives bit-identical distances, because the factorisation is
 * deterministic.
 */
public final class GaussianModel {
    private static final double RIDGE_START = 1e-10;
    private static final int RIDGE_ATTEMPTS = 20;

    private final double[] mean;
    private final double[][] lowerCovariance;
    private final double[][] factor;
    private final double shrinkage;

    private GaussianModel(double[] mean, double[][] lowerCovariance, double[][] factor, double shrinkage) {
        this.mean = mean;
        this.lowerCovariance = lowerCovariance;
        this.factor = factor;
        this.shrinkage = shrinkage;
    }

    /**
     * Fit mean and Ledoit-Wolf covariance.
     *
     * @param x samples {@code [n][d]}, n ≥ 2, all rows of equal length d ≥ 1 and finite; not modified
     */
    public static GaussianModel fit(double[][] x) {
        int d = checkSamples(x);
        double[] mean = columnMeans(x, d);
        double[][] centred = new double[x.length][d];
        for (int k = 0; k < x.length; k++) {
            for (int i = 0; i < d; i++) {
                centred[k][i] = x[k][i] - mean[i];
            }
        }
        LedoitWolf.Estimate estimate = LedoitWolf.estimate(centred);
        double[][] covariance = estimate.lowerCovariance();
        double[][] factor = Cholesky.factor(covariance);
        double ridge = RIDGE_START * (estimate.meanVariance() > 0 ? estimate.meanVariance() : 1);
        for (int attempt = 0; factor == null && attempt < RIDGE_ATTEMPTS; attempt++, ridge *= 10) {
            covariance = withRidge(estimate.lowerCovariance(), ridge);
            factor = Cholesky.factor(covariance);
        }
        if (factor == null) {
            throw new IllegalArgumentException("covariance of the samples cannot be factored even with a ridge");
        }
        return new GaussianModel(mean, covariance, factor, estimate.shrinkage());
    }

    /**
     * Restore a model saved through the accessors.
     *
     * @param mean       length d
     * @param covariance {@code [d][d]}, symmetric positive definite (only the lower triangle is read after a
     *                   symmetry check)
     * @param shrinkage  the Ledoit-Wolf weight that was used, in [0, 1]; informational
     * @throws IllegalArgumentException if shapes disagree, the matrix is not symmetric or not positive definite
     */
    public static GaussianModel fromArrays(double[] mean, double[][] covariance, double shrinkage) {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(covariance, "covariance");
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1]: " + shrinkage);
        }
        requireFinite(mean, "mean");
        double[][] lower = lowerTriangleOf(covariance, mean.length);
        for (double[] row : lower) {
            requireFinite(row, "covariance");
        }
        double[][] factor = Cholesky.factor(lower);
        if (factor == null) {
            throw new IllegalArgumentException("covariance is not positive definite");
        }
        return new GaussianModel(mean.clone(), lower, factor, shrinkage);
    }

    /** Mahalanobis distance {@code sqrt((z − μ)ᵀ Σ⁻¹ (z − μ))} of one embedding of length d. */
    public double mahalanobis(double[] z) {
        if (z.length != mean.length) {
            throw new IllegalArgumentException("expected length " + mean.length + ", got " + z.length);
        }
        double[] deviation = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            deviation[i] = z[i] - mean[i];
        }
        return Cholesky.normOfSolve(factor, deviation, deviation);
    }

    /**
     * Mahalanobis distance {@code sqrt((a − b)ᵀ Σ⁻¹ (a − b))} between two embeddings: how far apart they are in units of
     * this distribution's spread, e.g. from a sample known to be normal rather than from the mean.
     */
    public double distance(double[] a, double[] b) {
        if (a.length != mean.length || b.length != mean.length) {
            throw new IllegalArgumentException("expected length " + mean.length + ", got " + a.length + " and "
                    + b.length);
        }
        double[] difference = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }
        return Cholesky.normOfSolve(factor, difference, difference);
    }

    /** Distances of many embeddings {@code [n][d]}, in input order. */
    public double[] mahalanobis(double[][] zs) {
        double[] distances = new double[zs.length];
        for (int k = 0; k < zs.length; k++) {
            distances[k] = mahalanobis(zs[k]);
        }
        return distances;
    }

    /** Embedding dimension d. */
    public int dimension() {
        return mean.length;
    }

    /** A copy of the mean, length d. */
    public double[] mean() {
        return mean.clone();
    }

    /** A full symmetric copy {@code [d][d]} of the covariance actually used (shrunk, plus any ridge). */
    public double[][] covariance() {
        int d = mean.length;
        double[][] full = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                full[i][j] = lowerCovariance[i][j];
                full[j][i] = lowerCovariance[i][j];
            }
        }
        return full;
    }

    /** The Ledoit-Wolf weight {@code β/δ} in [0, 1] given to the scaled identity. */
    public double shrinkage() {
        return shrinkage;
    }

    private static int checkSamples(double[][] x) {
        Objects.requireNonNull(x, "samples");
        if (x.length < 2) {
            throw new IllegalArgumentException("need at least 2 samples to fit a Gaussian, got " + x.length);
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("samples have no dimensions");
        }
        for (double[] row : x) {
            if (row.length != d) {
                throw new IllegalArgumentException("samples differ in length: " + d + " vs " + row.length);
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("samples contain a non-finite value: " + v);
                }
            }
        }
        return d;
    }

    private static double[] columnMeans(double[][] x, int d) {
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += row[i];
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= x.length;
        }
        return mean;
    }

    private static double[][] withRidge(double[][] lower, double ridge) {
        double[][] copy = new double[lower.length][];
        for (int i = 0; i < lower.length; i++) {
            copy[i] = lower[i].clone();
            copy[i][i] += ridge;
        }
        return copy;
    }

    private static void requireFinite(double[] values, String what) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " holds a value that is not a finite number: " + v);
            }
        }
    }

    private static double[][] lowerTriangleOf(double[][] full, int d) {
        if (full.length != d) {
            throw new IllegalArgumentException("covariance must be " + d + "x" + d + ", has " + full.length + " rows");
        }
        double[][] lower = new double[d][];
        for (int i = 0; i < d; i++) {
            if (full[i].length != d) {
                throw new IllegalArgumentException("covariance row " + i + " has length " + full[i].length);
            }
            for (int j = 0; j < i; j++) {
                if (Double.compare(full[i][j], full[j][i]) != 0) {
                    throw new IllegalArgumentException("covariance is not symmetric at (" + i + ", " + j + ")");
                }
            }
            lower[i] = Arrays.copyOf(full[i], i + 1);
        }
        return lower;
    }
}
