package io.augtune.scoring;

/**
 * The closed-form Ledoit-Wolf shrunk covariance of the original method, shared by {@link GaussianModel} and
 * {@link PatchGaussian}.
 *
 * <p>For centred rows {@code x_k} ({@code n x d}): {@code S = XᵀX/n}, {@code m = tr(S)/d},
 * {@code δ = ||S − mI||²_F}, {@code β = min(δ, (1/n²) Σ_k ||x_k x_kᵀ − S||²_F)},
 * {@code Σ = (1 − β/δ) S + (β/δ) m I}. When {@code δ = 0}, S already equals {@code mI} and the shrinkage is 0.
 *
 * <p>The sum over k uses the identity {@code Σ_k ||x_k x_kᵀ − S||²_F = Σ_k ||x_k||⁴ − n ||S||²_F}
 * (because {@code Σ_k x_kᵀ S x_k = n tr(S²)}), so it costs O(nd) on top of forming S.
 */
final class LedoitWolf {

    /** The shrunk covariance as a jagged lower triangle (see {@link Cholesky}) and the weight {@code β/δ} in [0, 1]. */
    record Estimate(double[][] lowerCovariance, double shrinkage, double meanVariance) {
    }

    private LedoitWolf() {
    }

    /** Estimate from rows that are already centred (column means subtracted); {@code centred} is not modified. */
    static Estimate estimate(double[][] centred) {
        int n = centred.length;
        int d = centred[0].length;
        double[][] s = scatterOverN(centred, d);
        double m = trace(s) / d;
        double delta = squaredDistanceToScaledIdentity(s, m);
        double beta = Math.min(delta, sumOfSquaredOuterDeviations(centred, s) / ((double) n * n));
        double shrinkage = delta > 0 ? beta / delta : 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                s[i][j] *= 1 - shrinkage;
            }
            s[i][i] += shrinkage * m;
        }
        return new Estimate(s, shrinkage, m);
    }

    /** Lower triangle of {@code XᵀX / n}. */
    private static double[][] scatterOverN(double[][] x, int d) {
        double[][] s = new double[d][];
        for (int i = 0; i < d; i++) {
            s[i] = new double[i + 1];
        }
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                double xi = row[i];
                double[] si = s[i];
                for (int j = 0; j <= i; j++) {
                    si[j] += xi * row[j];
                }
            }
        }
        double invN = 1.0 / x.length;
        for (double[] si : s) {
            for (int j = 0; j < si.length; j++) {
                si[j] *= invN;
            }
        }
        return s;
    }

    private static double trace(double[][] lower) {
        double sum = 0;
        for (int i = 0; i < lower.length; i++) {
            sum += lower[i][i];
        }
        return sum;
    }

    /** {@code ||S − mI||²_F}, counting each off-diagonal entry of the triangle twice. */
    private static double squaredDistanceToScaledIdentity(double[][] s, double m) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < i; j++) {
                sum += 2 * s[i][j] * s[i][j];
            }
            double diagonal = s[i][i] - m;
            sum += diagonal * diagonal;
        }
        return sum;
    }

    /** {@code Σ_k ||x_k x_kᵀ − S||²_F = Σ_k ||x_k||⁴ − n ||S||²_F}, clamped at 0 against rounding. */
    private static double sumOfSquaredOuterDeviations(double[][] x, double[][] s) {
        double fourthPowers = 0;
        for (double[] row : x) {
            double squaredNorm = 0;
            for (double v : row) {
                squaredNorm += v * v;
            }
            fourthPowers += squaredNorm * squaredNorm;
        }
        return Math.max(0, fourthPowers - x.length * squaredFrobenius(s));
    }

    private static double squaredFrobenius(double[][] s) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < i; j++) {
                sum += 2 * s[i][j] * s[i][j];
            }
            sum += s[i][i] * s[i][i];
        }
        return sum;
    }
}
