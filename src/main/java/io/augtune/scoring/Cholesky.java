package io.augtune.scoring;

/**
 * Cholesky factorisation of a symmetric positive definite matrix and the triangular solve used for Mahalanobis
 * distances. Matrices are held as jagged lower triangles: row {@code i} has {@code i + 1} entries
 * ({@code a[i][j]} for {@code j <= i}), which halves the memory of a full {@code d x d} array.
 */
final class Cholesky {

    private Cholesky() {
    }

    /**
     * Factor {@code A = L Lᵀ}. Costs {@code d³/6} multiply-adds, done once per fitted model.
     *
     * @param lower lower triangle of A, jagged as described above; not modified
     * @return L as a jagged lower triangle, or {@code null} when A is not (numerically) positive definite
     */
    static double[][] factor(double[][] lower) {
        int d = lower.length;
        double[][] l = new double[d][];
        for (int i = 0; i < d; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double sum = lower[i][j] - dot(l[i], l[j], j);
                if (i == j) {
                    if (!(sum > 0) || !Double.isFinite(sum)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /**
     * The Euclidean norm of {@code L⁻¹ b} by forward substitution: for {@code L Lᵀ = Σ} this is
     * {@code sqrt(bᵀ Σ⁻¹ b)}, the Mahalanobis length of b, without ever forming the precision matrix.
     *
     * @param l       Cholesky factor from {@link #factor}
     * @param b       right-hand side, length d
     * @param scratch work array of length d, overwritten; may be {@code b} itself, since entry i of b is read
     *                before entry i of scratch is written
     */
    static double normOfSolve(double[][] l, double[] b, double[] scratch) {
        double sumOfSquares = 0;
        for (int i = 0; i < l.length; i++) {
            double yi = (b[i] - dot(l[i], scratch, i)) / l[i][i];
            scratch[i] = yi;
            sumOfSquares += yi * yi;
        }
        return Math.sqrt(sumOfSquares);
    }

    private static double dot(double[] a, double[] b, int length) {
        double sum = 0;
        for (int k = 0; k < length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
