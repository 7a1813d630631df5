package io.augtune.evaluation;

/**
 * Image-level area under the ROC curve, computed exactly as the Mann-Whitney statistic: the fraction of
 * (anomalous, normal) pairs in which the anomalous sample scores higher, a tie counting ½. O(n log n).
 */
public final class Auroc {

    private Auroc() {
    }

    /**
     * @param scores    finite anomaly scores, higher = more anomalous
     * @param anomalous true for anomalous samples, same length
     * @return AUROC in [0, 1]; 0.5 is chance
     * @throws MissingClassException if there are no anomalous or no normal samples
     */
    public static double of(double[] scores, boolean[] anomalous) {
        Samples.check(scores, anomalous);
        long positives = Samples.countTrue(anomalous);
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new MissingClassException("AUROC", negatives, positives);
        }
        double[] ranks = Samples.averageRanks(scores);
        double positiveRankSum = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (anomalous[i]) {
                positiveRankSum += ranks[i];
            }
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
