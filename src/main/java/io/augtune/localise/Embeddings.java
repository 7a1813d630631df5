package io.augtune.localise;

/**
 * Embeddings in double precision, as the Gaussians are fitted and measured. Lives with the localisers, which fit
 * patch Gaussians, so that the trained model (which uses it too) depends on them and never the other way round.
 */
public final class Embeddings {
    private Embeddings() {
    }

    /** A copy of {@code f} widened to double. */
    public static double[][] toDoubles(float[][] f) {
        double[][] d = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            d[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                d[i][j] = f[i][j];
            }
        }
        return d;
    }
}
