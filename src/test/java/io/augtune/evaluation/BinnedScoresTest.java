package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinnedScoresTest {

    @Test
    void growingTheGridKeepsEveryCountAndWeight() {
        BinnedScores histogram = new BinnedScores(16);
        histogram.include(0, 1);
        histogram.addNegative(histogram.binOf(0.2));
        histogram.addPositive(histogram.binOf(0.9), 0.25);
        histogram.include(-50, 300);
        histogram.addNegative(histogram.binOf(-50));
        assertEquals(2.0, histogram.totalNegatives());
        assertEquals(1.0, histogram.totalPositives());
        double weights = 0;
        for (int bin = 0; bin < histogram.bins(); bin++) {
            weights += histogram.positiveWeight(bin);
        }
        assertEquals(0.25, weights);
        assertTrue(histogram.lowerEdge(0) <= -50 && histogram.lowerEdge(0) + histogram.gridSpan() > 300);
    }

    @Test
    void theGridNeverSpansMoreThanFourTimesTheObservedRange() {
        Random random = new Random(2024);
        for (int trial = 0; trial < 3000; trial++) {
            BinnedScores histogram = new BinnedScores(256);
            double centre = random.nextDouble() * 20 - 10;
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int image = 0, images = 1 + random.nextInt(8); image < images; image++) {
                double spread = Math.pow(10, random.nextDouble() * 9 - 6);
                double min = centre + (random.nextDouble() * 2 - 1) * spread;
                double max = random.nextBoolean() ? min : min + spread * random.nextDouble();
                histogram.include(min, max);
                lowest = Math.min(lowest, min);
                highest = Math.max(highest, max);
                if (highest > lowest) {
                    assertTrue(histogram.gridSpan() <= 4 * (highest - lowest),
                            "trial " + trial + ": grid " + histogram.gridSpan() + " for range " + (highest - lowest));
                }
            }
        }
    }
}
