package io.augtune.localise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalSpreadTest {
    @Test
    void scoresAreCountedInNormalSpreadsAboveTheNormalMean() {
        NormalSpread s = NormalSpread.of(new double[] {1, 2, 3});
        assertEquals(2, s.mean(), 1e-12);
        assertEquals(1, s.sd(), 1e-12, "sample standard deviation");
        assertEquals(1, s.top(), 1e-12, "the largest normal lies one spread above the mean");
        assertEquals(3, s.z(5), 1e-12);
    }

    @Test
    void theTopCanBeAQuantileOfTheNormalScores() {
        NormalSpread s = NormalSpread.of(new double[] {5, 1, 3, 2, 4}, 0.75);
        assertEquals(3, s.mean(), 1e-12);
        assertEquals((4 - 3) / s.sd(), s.top(), 1e-12, "the 75th percentile of 1..5 is 4");
        assertEquals((5 - 3) / s.sd(), NormalSpread.of(new double[] {5, 1, 3, 2, 4}).top(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> NormalSpread.of(new double[] {1}, 1.5));
    }

    @Test
    void equalNormalScoresDoNotDivideByZero() {
        NormalSpread s = NormalSpread.of(new double[] {4, 4});
        assertTrue(s.sd() > 0);
        assertTrue(s.z(5) > 1e3, "anything above identical normals is far above them");
        assertEquals(0, s.top(), 0);
    }

    @Test
    void noOrNonFiniteNormalScoresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NormalSpread.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> NormalSpread.of(new double[] {1, Double.NaN}));
    }
}
