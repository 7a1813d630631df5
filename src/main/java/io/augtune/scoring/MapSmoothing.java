package io.augtune.scoring;

/**
 * Gaussian smoothing of an anomaly map, separable (rows, then columns), kernel truncated at three sigma and
 * renormalised at the borders so edge values are averages of what exists. Smoothing a map of per-position distances
 * removes single-position noise that would otherwise dominate its maximum and its threshold.
 */
public final class MapSmoothing {
    private MapSmoothing() {
    }

    /**
     * @param sigma standard deviation in map positions; 0 returns the map itself
     */
    public static AnomalyMap gaussian(AnomalyMap map, double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be >= 0 and finite: " + sigma);
        }
        if (sigma == 0) {
            return map;
        }
        double[] kernel = kernel(sigma);
        int w = map.width();
        int h = map.height();
        double[] rows = pass(map.values(), w, h, kernel, 1, w);
        double[] both = pass(rows, h, w, kernel, w, 1);
        return new AnomalyMap(w, h, both);
    }

    private static double[] kernel(double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
        }
        return k;
    }

    /**
     * One 1-D pass along lines of {@code length} samples spaced {@code step} apart, lines starting {@code lineStep}
     * apart: rows are (step 1, lineStep w), columns are (step w, lineStep 1).
     */
    private static double[] pass(double[] in, int length, int lines, double[] kernel, int step, int lineStep) {
        int radius = kernel.length / 2;
        double[] out = new double[in.length];
        for (int line = 0; line < lines; line++) {
            int base = line * lineStep;
            for (int i = 0; i < length; i++) {
                double sum = 0;
                double weight = 0;
                for (int k = Math.max(-radius, -i); k <= Math.min(radius, length - 1 - i); k++) {
                    sum += kernel[k + radius] * in[base + (i + k) * step];
                    weight += kernel[k + radius];
                }
                out[base + i * step] = sum / weight;
            }
        }
        return out;
    }
}
