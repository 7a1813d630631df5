package io.augtune.tuning;

import io.augtune.augment.HyperparameterRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Initial hyperparameter values of a multi-start run: spread along the diagonal of the (sigmoid) range so that the
 * starts cover small-and-thin to large-and-square; one start sits in the middle.
 */
public final class StartingPoints {
    private StartingPoints() {
    }

    /** {@code starts} unconstrained vectors; for one start, the middle of every range. */
    public static List<double[]> spread(List<HyperparameterRange> ranges, int starts) {
        List<double[]> out = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            double q = starts == 1 ? 0.5 : 0.2 + 0.6 * s / (starts - 1);
            double u = Math.log(q / (1 - q));
            double[] vector = new double[ranges.size()];
            java.util.Arrays.fill(vector, u);
            out.add(vector);
        }
        return out;
    }

    /** The middle of every range: the "fixed" baseline of the evaluation. */
    public static double[] middle(List<HyperparameterRange> ranges) {
        return new double[ranges.size()];
    }

    /**
     * A full grid with {@code perAxis} values per hyperparameter, at evenly spaced sigmoid quantiles
     * (e.g. 1/6, 1/2, 5/6 for three), so grid points sit inside the range like the tuned values can.
     */
    public static List<double[]> grid(List<HyperparameterRange> ranges, int perAxis) {
        List<double[]> out = new ArrayList<>();
        int dims = ranges.size();
        int total = (int) Math.pow(perAxis, dims);
        for (int idx = 0; idx < total; idx++) {
            double[] vector = new double[dims];
            int rest = idx;
            for (int d = 0; d < dims; d++) {
                int k = rest % perAxis;
                rest /= perAxis;
                double q = (k + 0.5) / perAxis;
                vector[d] = Math.log(q / (1 - q));
            }
            out.add(vector);
        }
        return out;
    }
}
