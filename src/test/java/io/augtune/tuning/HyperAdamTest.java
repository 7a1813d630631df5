package io.augtune.tuning;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperAdamTest {

    @Test
    void firstStepMovesEachCoordinateByTheLearningRateAgainstTheGradientSign() {
        HyperAdam adam = new HyperAdam(2, 0.1);
        double[] u = {0, 1};
        adam.step(u, new double[] {3.0, -0.001});
        assertEquals(-0.1, u[0], 1e-6);
        assertEquals(1.1, u[1], 1e-4);
    }

    @Test
    void minimisesAQuadratic() {
        HyperAdam adam = new HyperAdam(1, 0.05);
        double[] u = {2};
        for (int i = 0; i < 500; i++) {
            adam.step(u, new double[] {2 * (u[0] + 1)});
        }
        assertEquals(-1, u[0], 0.05);
    }

    @Test
    void nonFiniteGradientsAreSkipped() {
        HyperAdam adam = new HyperAdam(2, 0.1);
        double[] u = {0.5, 0.5};
        adam.step(u, new double[] {Double.NaN, 1});
        assertArrayEquals(new double[] {0.5, 0.5}, u);
        adam.step(u, new double[] {1, Double.POSITIVE_INFINITY});
        assertTrue(u[0] == 0.5 && u[1] == 0.5);
    }
}
