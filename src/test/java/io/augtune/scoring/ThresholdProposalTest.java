package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThresholdProposalTest {

    @Test
    void percentileInterpolatesLinearlyBetweenOrderStatistics() {
        // 0..10 shuffled: h = 0.99 * 10 = 9.9, so 9 + 0.9 * (10 - 9) = 9.9.
        double[] scores = {3, 10, 0, 7, 1, 9, 2, 8, 4, 6, 5};
        ThresholdProposal proposal = ThresholdProposal.fromNormalScores(scores);
        assertEquals(9.9, proposal.value(), 1e-12);
        assertEquals(99.0, proposal.percentile());
        assertEquals(11, proposal.sampleCount());
    }

    @Test
    void aConfigurablePercentileAndTheExtremesBehaveAsDocumented() {
        double[] scores = {1, 2, 3, 4};
        assertEquals(2.5, ThresholdProposal.fromNormalScores(scores, 50).value(), 1e-12);
        assertEquals(4.0, ThresholdProposal.fromNormalScores(scores, 100).value(), 1e-12);
        assertEquals(7.0, ThresholdProposal.fromNormalScores(new double[] {7}, 99).value());
    }

    @Test
    void theInputScoresAreNotReordered() {
        double[] scores = {3, 1, 2};
        ThresholdProposal.fromNormalScores(scores);
        assertEquals(3, scores[0]);
    }

    @Test
    void theDescriptionNamesTheRuleAndTheData() {
        ThresholdProposal proposal = ThresholdProposal.fromNormalScores(new double[] {1, 2}, 95);
        assertEquals("95th percentile (linear interpolation) of 2 held-back normal scores = 1.95", proposal.describe());
        assertFalse(proposal.toThresholds().hasReviewBand());
        assertEquals(1.95, proposal.toThresholds().fail(), 1e-12);
        assertEquals(proposal.describe(), proposal.toThresholds().rule());
    }

    @Test
    void emptyOrNonFiniteScoresAndBadPercentilesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdProposal.fromNormalScores(new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> ThresholdProposal.fromNormalScores(new double[] {1, Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> ThresholdProposal.fromNormalScores(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> ThresholdProposal.fromNormalScores(new double[] {1}, 101));
    }
}
