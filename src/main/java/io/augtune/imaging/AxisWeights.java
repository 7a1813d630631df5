package io.augtune.imaging;

/**
 * For one axis of a resize, which source samples each output sample is made of and with what weights. Shrinking
 * uses area averaging: output {@code i} covers the source interval {@code [i*s, (i+1)*s)} with
 * {@code s = source/target}, and each source sample weighs the length it overlaps, divided by {@code s}. The
 * overlaps are computed in integer units of {@code 1/target} so the weights are exact for any ratio. Enlarging uses
 * linear interpolation between pixel centres, clamped at the borders.
 */
final class AxisWeights {
    final int[][] indices;
    final double[][] weights;

    private AxisWeights(int[][] indices, double[][] weights) {
        this.indices = indices;
        this.weights = weights;
    }

    static AxisWeights of(int source, int target) {
        if (target < source) {
            return areaAverage(source, target);
        }
        return target == source ? identity(source) : linear(source, target);
    }

    private static AxisWeights areaAverage(int source, int target) {
        int[][] indices = new int[target][];
        double[][] weights = new double[target][];
        for (int i = 0; i < target; i++) {
            // Output i spans [i*source, (i+1)*source) and source j spans [j*target, (j+1)*target), in 1/target units.
            long start = (long) i * source;
            long end = start + source;
            int first = (int) (start / target);
            int last = (int) ((end - 1) / target);
            indices[i] = new int[last - first + 1];
            weights[i] = new double[last - first + 1];
            for (int j = first; j <= last; j++) {
                long overlap = Math.min(end, (long) (j + 1) * target) - Math.max(start, (long) j * target);
                indices[i][j - first] = j;
                weights[i][j - first] = (double) overlap / source;
            }
        }
        return new AxisWeights(indices, weights);
    }

    private static AxisWeights linear(int source, int target) {
        int[][] indices = new int[target][];
        double[][] weights = new double[target][];
        double scale = (double) source / target;
        for (int i = 0; i < target; i++) {
            double position = Math.min(Math.max((i + 0.5) * scale - 0.5, 0.0), source - 1.0);
            int left = (int) Math.floor(position);
            int right = Math.min(left + 1, source - 1);
            double t = position - left;
            indices[i] = new int[] {left, right};
            weights[i] = new double[] {1.0 - t, t};
        }
        return new AxisWeights(indices, weights);
    }

    private static AxisWeights identity(int size) {
        int[][] indices = new int[size][];
        double[][] weights = new double[size][];
        for (int i = 0; i < size; i++) {
            indices[i] = new int[] {i};
            weights[i] = new double[] {1.0};
        }
        return new AxisWeights(indices, weights);
    }
}
