package io.augtune.tuning;

/**
 * Adam on a small vector of unconstrained hyperparameters, kept in plain Java so that no long-lived NDArray (and
 * no long-lived NDManager) is involved in the outer loop.
 */
final class HyperAdam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private final double learningRate;
    private final double[] m;
    private final double[] v;
    private int t;

    HyperAdam(int size, double learningRate) {
        this.learningRate = learningRate;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** Updates {@code u} in place against {@code grad}. Non-finite gradients are skipped, not applied. */
    void step(double[] u, double[] grad) {
        for (double g : grad) {
            if (!Double.isFinite(g)) {
                return;
            }
        }
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < u.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
            u[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
        }
    }
}
