package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpearmanTest {

    @Test
    void anyIncreasingRelationGivesOneAndDecreasingGivesMinusOne() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1.0, Spearman.correlation(x, new double[] {1, 8, 27, 64, 125}), 1e-15);
        assertEquals(-1.0, Spearman.correlation(x, new double[] {5, 0, -1, -7, -100}), 1e-15);
    }

    @Test
    void tiedValuesShareTheirAverageRank() {
        // Ranks x = (1, 2.5, 2.5, 4), y = (1, 3, 2, 4): ρ = 4.5 / sqrt(4.5 · 5).
        double rho = Spearman.correlation(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
        assertEquals(4.5 / Math.sqrt(22.5), rho, 1e-15);
        assertArrayEquals(new double[] {4, 2, 2, 2, 5}, Samples.averageRanks(new double[] {7, 1, 1, 1, 9}));
    }

    @Test
    void aConstantVariableHasNoCorrelation() {
        assertEquals(Double.NaN, Spearman.correlation(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    }

    @Test
    void mismatchedOrTooShortInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Spearman.correlation(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Spearman.correlation(new double[] {1}, new double[] {1}));
    }
}
