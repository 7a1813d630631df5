package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AurocTest {

    @Test
    void perfectlySeparatedScoresGiveOne() {
        assertEquals(1.0, Auroc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, true, false, true}));
    }

    @Test
    void reversedScoresGiveZero() {
        assertEquals(0.0, Auroc.of(new double[] {0.9, 0.1}, new boolean[] {false, true}));
    }

    @Test
    void aTieBetweenClassesCountsHalf() {
        // Pairs: (0.5 vs 0.5) ½, (0.5 vs 0.2) 1, (0.9 vs both) 2 → 3.5 of 4.
        double auroc = Auroc.of(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true});
        assertEquals(0.875, auroc, 1e-15);
    }

    @Test
    void allScoresEqualGiveChance() {
        assertEquals(0.5, Auroc.of(new double[] {3, 3, 3, 3, 3}, new boolean[] {true, false, false, true, false}));
    }

    @Test
    void matchesCountingAllPairsOnRandomDataWithTies() {
        Random random = new Random(42);
        double[] scores = new double[500];
        boolean[] labels = new boolean[500];
        for (int i = 0; i < scores.length; i++) {
            labels[i] = random.nextInt(4) == 0;
            scores[i] = Math.round((random.nextGaussian() + (labels[i] ? 0.8 : 0)) * 10) / 10.0;
        }
        assertEquals(pairCount(scores, labels), Auroc.of(scores, labels), 1e-12);
    }

    @Test
    void aMissingClassIsReportedClearly() {
        MissingClassException e = assertThrows(MissingClassException.class,
                () -> Auroc.of(new double[] {1, 2}, new boolean[] {false, false}));
        assertTrue(e.getMessage().contains("0 anomalous"), e.getMessage());
        assertThrows(MissingClassException.class, () -> Auroc.of(new double[] {1}, new boolean[] {true}));
    }

    @Test
    void mismatchedLengthsAndNonFiniteScoresAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[] {1, 2}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class,
                () -> Auroc.of(new double[] {1, Double.NaN}, new boolean[] {true, false}));
    }

    static double pairCount(double[] scores, boolean[] labels) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (labels[i] && !labels[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
