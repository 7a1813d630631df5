package io.augtune.evaluation;

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks (ties share the mean of their ranks),
 * e.g. between validation loss and AUROC over a hyperparameter grid.
 */
public final class Spearman {

    private Spearman() {
    }

    /**
     * @param x finite values, at least 2
     * @param y finite values, same length
     * @return ρ in [-1, 1], or {@link Double#NaN} when x or y is constant (the correlation is undefined then)
     */
    public static double correlation(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " vs " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("need at least 2 pairs, got " + x.length);
        }
        Samples.checkFinite(x);
        Samples.checkFinite(y);
        return pearson(Samples.averageRanks(x), Samples.averageRanks(y));
    }

    private static double pearson(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double covariance = 0;
        double varianceA = 0;
        double varianceB = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            covariance += da * db;
            varianceA += da * da;
            varianceB += db * db;
        }
        if (varianceA == 0 || varianceB == 0) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceA * varianceB);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
