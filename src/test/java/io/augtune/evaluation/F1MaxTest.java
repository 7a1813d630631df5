package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class F1MaxTest {

    @Test
    void theBestThresholdIsFoundAmongAllScores() {
        // Thresholds 0.9, 0.8, 0.7, 0.6, 0.2 give F1 2/4, 2/5, 4/6, 6/7, 6/8.
        F1Max best = F1Max.of(new double[] {0.2, 0.6, 0.7, 0.8, 0.9},
                new boolean[] {false, true, true, false, true});
        assertEquals(6.0 / 7.0, best.f1(), 1e-15);
        assertEquals(0.6, best.threshold());
        assertEquals(0.75, best.precision(), 1e-15);
        assertEquals(1.0, best.recall());
    }

    @Test
    void equalScoresAreOneThresholdNotSplitByInputOrder() {
        // At 0.5 both samples are in or both out: F1 at 0.5 is 2/(1 + 1 + 1) = 2/3, never 1.
        F1Max best = F1Max.of(new double[] {0.5, 0.5}, new boolean[] {true, false});
        assertEquals(2.0 / 3.0, best.f1(), 1e-15);
        assertEquals(0.5, best.threshold());
    }

    @Test
    void pixelF1MaxFromTheHistogramAgreesWithTheExactOneOnSeparatedLevels() {
        PixelAuroc pixels = new PixelAuroc();
        pixels.add(new double[] {0.2, 0.6, 0.7}, new boolean[] {false, true, true});
        pixels.add(new double[] {0.8, 0.9}, new boolean[] {false, true});
        F1Max binned = pixels.f1Max();
        assertEquals(6.0 / 7.0, binned.f1(), 1e-12);
        assertEquals(0.6, binned.threshold(), 1e-4);
    }

    @Test
    void withoutAnyAnomalyF1IsUndefined() {
        assertThrows(MissingClassException.class, () -> F1Max.of(new double[] {1, 2}, new boolean[] {false, false}));
    }
}
