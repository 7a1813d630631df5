package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerdictTest {
    private final Thresholds band = Thresholds.withReviewBand(5, 8);

    @Test
    void aScoreStrictlyAboveTheFailThresholdFails() {
        assertEquals(Verdict.FAIL, Verdict.decide(8.0001, band));
        assertEquals(Verdict.FAIL, Verdict.decide(8.0001, Thresholds.failAbove(8)));
    }

    @Test
    void bothEdgesOfTheReviewBandAreIncluded() {
        assertEquals(Verdict.REVIEW, Verdict.decide(8, band));
        assertEquals(Verdict.REVIEW, Verdict.decide(5, band));
        assertEquals(Verdict.REVIEW, Verdict.decide(6.5, band));
    }

    @Test
    void belowTheBandOrWithoutABandAScoreUpToTheFailThresholdPasses() {
        assertEquals(Verdict.PASS, Verdict.decide(4.9999, band));
        assertEquals(Verdict.PASS, Verdict.decide(8, Thresholds.failAbove(8)));
    }

    @Test
    void aMissingScoreGoesToReview() {
        assertEquals(Verdict.REVIEW, Verdict.decide(Double.NaN, Thresholds.failAbove(8)));
    }

    @Test
    void aReviewEdgeAboveTheFailThresholdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Thresholds.withReviewBand(9, 8));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.failAbove(Double.NaN));
    }
}
