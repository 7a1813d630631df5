package io.augtune.scoring;

/** The METHOD §7 formula written out literally with full matrices, as an independent check of the fast version. */
final class NaiveLedoitWolf {

    private NaiveLedoitWolf() {
    }

    static double shrinkage(double[][] x) {
        double[][] centred = centred(x);
        double[][] s = scatter(centred);
        int d = s.length;
        double m = 0;
        for (int i = 0; i < d; i++) {
            m += s[i][i] / d;
        }
        double delta = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double diff = s[i][j] - (i == j ? m : 0);
                delta += diff * diff;
            }
        }
        double sum = 0;
        for (double[] row : centred) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double diff = row[i] * row[j] - s[i][j];
                    sum += diff * diff;
                }
            }
        }
        double beta = Math.min(delta, sum / ((double) x.length * x.length));
        return beta / delta;
    }

    static double[][] covariance(double[][] x) {
        double[][] s = scatter(centred(x));
        int d = s.length;
        double m = 0;
        for (int i = 0; i < d; i++) {
            m += s[i][i] / d;
        }
        double shrinkage = shrinkage(x);
        double[][] sigma = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                sigma[i][j] = (1 - shrinkage) * s[i][j] + (i == j ? shrinkage * m : 0);
            }
        }
        return sigma;
    }

    private static double[][] centred(double[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += row[i] / x.length;
            }
        }
        double[][] out = new double[x.length][d];
        for (int k = 0; k < x.length; k++) {
            for (int i = 0; i < d; i++) {
                out[k][i] = x[k][i] - mean[i];
            }
        }
        return out;
    }

    private static double[][] scatter(double[][] centred) {
        int d = centred[0].length;
        double[][] s = new double[d][d];
        for (double[] row : centred) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    s[i][j] += row[i] * row[j] / centred.length;
                }
            }
        }
        return s;
    }
}
