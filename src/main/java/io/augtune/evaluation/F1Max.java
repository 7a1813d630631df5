package io.augtune.evaluation;

/**
 * The best F1 score over all thresholds, with the threshold that reaches it. A sample is predicted anomalous when
 * {@code score >= threshold}; {@code F1 = 2TP / (2TP + FP + FN)}. When several thresholds tie on F1, the highest
 * threshold is reported.
 *
 * @param f1        best F1 in [0, 1]
 * @param threshold the score threshold reaching it, in score units
 * @param precision {@code TP / (TP + FP)} at that threshold
 * @param recall    {@code TP / (TP + FN)} at that threshold
 */
public record F1Max(double f1, double threshold, double precision, double recall) {

    /**
     * Exact F1-max for image scores: every distinct score is tried as a threshold. O(n log n).
     *
     * @param scores    finite, higher = more anomalous
     * @param anomalous true for anomalous samples, same length
     * @throws MissingClassException if no sample is anomalous
     */
    public static F1Max of(double[] scores, boolean[] anomalous) {
        Samples.check(scores, anomalous);
        int positives = Samples.countTrue(anomalous);
        if (positives == 0) {
            throw new MissingClassException("F1-max", scores.length, 0);
        }
        int[] ascending = Samples.ascendingOrder(scores);
        Sweep sweep = new Sweep(positives);
        int end = ascending.length;
        while (end > 0) {
            double score = scores[ascending[end - 1]];
            int tp = 0;
            int fp = 0;
            while (end > 0 && scores[ascending[end - 1]] == score) {
                if (anomalous[ascending[--end]]) {
                    tp++;
                } else {
                    fp++;
                }
            }
            sweep.lower(score, tp, fp);
        }
        return sweep.best();
    }

    /** F1-max over bin edges of a histogram (pixel level); approximate as described in {@link BinnedScores}. */
    static F1Max of(BinnedScores histogram) {
        double positives = histogram.totalPositives();
        if (positives == 0) {
            throw new MissingClassException("Pixel F1-max", (long) histogram.totalNegatives(), 0);
        }
        Sweep sweep = new Sweep(positives);
        for (int bin = histogram.bins() - 1; bin >= 0; bin--) {
            if (histogram.positives(bin) + histogram.negatives(bin) > 0) {
                sweep.lower(histogram.lowerEdge(bin), histogram.positives(bin), histogram.negatives(bin));
            }
        }
        return sweep.best();
    }

    /** Lowers the threshold step by step, adding the samples at each new level, and keeps the best F1. */
    private static final class Sweep {
        private final double positives;
        private double truePositives;
        private double falsePositives;
        private F1Max best = new F1Max(0, Double.POSITIVE_INFINITY, 0, 0);

        Sweep(double positives) {
            this.positives = positives;
        }

        void lower(double threshold, double addedTruePositives, double addedFalsePositives) {
            truePositives += addedTruePositives;
            falsePositives += addedFalsePositives;
            double f1 = 2 * truePositives / (truePositives + falsePositives + positives);
            if (f1 > best.f1()) {
                double precision = truePositives / (truePositives + falsePositives);
                best = new F1Max(f1, threshold, precision, truePositives / positives);
            }
        }

        F1Max best() {
            return best;
        }
    }
}
