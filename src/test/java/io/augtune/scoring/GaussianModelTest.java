package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianModelTest {
    private static final double EPS = 1e-12;

    @Test
    void shrinkageOfAHandComputedDiagonalCaseMatchesTheFormula() {
        // S = diag(0.5, 2), m = 1.25, δ = 1.125, (1/n²)Σ||x xᵀ − S||² = 17/16, so β/δ = 17/18.
        GaussianModel model = GaussianModel.fit(new double[][] {{1, 0}, {-1, 0}, {0, 2}, {0, -2}});
        assertEquals(17.0 / 18.0, model.shrinkage(), EPS);
        double[][] sigma = model.covariance();
        assertEquals(21.75 / 18.0, sigma[0][0], EPS);
        assertEquals(23.25 / 18.0, sigma[1][1], EPS);
        assertEquals(0.0, sigma[0][1], EPS);
        assertEquals(Math.sqrt(18 / 21.75 + 18 / 23.25), model.mahalanobis(new double[] {1, 1}), EPS);
    }

    @Test
    void shrinkageIsCappedAtOneWhenBetaExceedsDelta() {
        // S = [[2.5, .5], [.5, 1]], m = 1.75, δ = 1.625 < 27/16, so Σ = m I.
        GaussianModel model = GaussianModel.fit(new double[][] {{2, 1}, {-2, -1}, {1, -1}, {-1, 1}});
        assertEquals(1.0, model.shrinkage(), EPS);
        assertArrayEquals(new double[] {1.75, 0}, model.covariance()[0], EPS);
        assertArrayEquals(new double[] {0, 1.75}, model.covariance()[1], EPS);
    }

    @Test
    void shrunkCovarianceMatchesADirectImplementationOfTheFormula() {
        double[][] x = randomSamples(new Random(7), 9, 4);
        double[][] expected = NaiveLedoitWolf.covariance(x);
        double[][] actual = GaussianModel.fit(x).covariance();
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12);
        }
        assertEquals(NaiveLedoitWolf.shrinkage(x), GaussianModel.fit(x).shrinkage(), 1e-12);
    }

    @Test
    void isotropicDataNeedsNoShrinkageAndDeltaZeroIsGuarded() {
        // S = I exactly, so δ = 0: the guard gives shrinkage 0 and Σ = S.
        GaussianModel model = GaussianModel.fit(new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}});
        assertEquals(0.0, model.shrinkage());
        assertEquals(0.5, model.covariance()[0][0], EPS);
        assertEquals(0.5, model.covariance()[1][1], EPS);
    }

    @Test
    void mahalanobisEqualsEuclideanWhenCovarianceIsIdentity() {
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        GaussianModel model = GaussianModel.fromArrays(new double[] {1, 2, 3}, identity, 0);
        assertEquals(Math.sqrt(9 + 16 + 1), model.mahalanobis(new double[] {4, -2, 4}), EPS);
        assertEquals(0.0, model.mahalanobis(new double[] {1, 2, 3}));
    }

    @Test
    void distanceIsInvariantToTranslationScaleAndRotationOfTheData() {
        Random random = new Random(3);
        double[][] x = randomSamples(random, 12, 3);
        double[] z = {0.4, -1.3, 2.2};
        double reference = GaussianModel.fit(x).mahalanobis(z);
        double[] shift = {5, -7, 0.5};
        assertEquals(reference, GaussianModel.fit(map(x, v -> add(v, shift))).mahalanobis(add(z, shift)), 1e-9);
        assertEquals(reference, GaussianModel.fit(map(x, v -> scale(v, 3.5))).mahalanobis(scale(z, 3.5)), 1e-9);
        assertEquals(reference, GaussianModel.fit(map(x, GaussianModelTest::rotate)).mahalanobis(rotate(z)), 1e-9);
    }

    @Test
    void distanceDoesNotDependOnSampleOrderOrDimensionOrder() {
        double[][] x = randomSamples(new Random(11), 10, 3);
        double[] z = {1, 2, -1};
        double reference = GaussianModel.fit(x).mahalanobis(z);
        double[][] reversed = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            reversed[k] = x[x.length - 1 - k];
        }
        assertEquals(reference, GaussianModel.fit(reversed).mahalanobis(z), 1e-9);
        assertEquals(reference, GaussianModel.fit(map(x, GaussianModelTest::swapFirstTwo)).mahalanobis(swapFirstTwo(z)),
                1e-9);
    }

    @Test
    void fewerSamplesThanDimensionsStillGiveFiniteDistances() {
        GaussianModel model = GaussianModel.fit(randomSamples(new Random(5), 5, 40));
        double distance = model.mahalanobis(randomSamples(new Random(6), 1, 40)[0]);
        assertTrue(Double.isFinite(distance) && distance > 0);
        assertTrue(model.shrinkage() > 0);
    }

    @Test
    void singularCovarianceGetsARidgeSoEveryDistanceIsFinite() {
        // Both samples lie on one line: S is singular and x xᵀ = S, so β = 0 and no shrinkage helps.
        GaussianModel model = GaussianModel.fit(new double[][] {{1, 1}, {-1, -1}});
        assertEquals(0.0, model.shrinkage());
        assertTrue(Double.isFinite(model.mahalanobis(new double[] {1, -1})));
        assertTrue(model.mahalanobis(new double[] {1, -1}) > 1e3 * model.mahalanobis(new double[] {1, 1}));
    }

    @Test
    void restoringFromArraysGivesBitIdenticalDistances() {
        GaussianModel model = GaussianModel.fit(randomSamples(new Random(9), 30, 16));
        GaussianModel restored = GaussianModel.fromArrays(model.mean(), model.covariance(), model.shrinkage());
        for (double[] z : randomSamples(new Random(10), 5, 16)) {
            assertEquals(model.mahalanobis(z), restored.mahalanobis(z), 0.0);
        }
        assertEquals(model.shrinkage(), restored.shrinkage());
    }

    @Test
    void restoringRejectsAsymmetricOrIndefiniteMatrices() {
        double[] mean = {0, 0};
        assertThrows(IllegalArgumentException.class,
                () -> GaussianModel.fromArrays(mean, new double[][] {{1, 0.5}, {0.4, 1}}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> GaussianModel.fromArrays(mean, new double[][] {{1, 2}, {2, 1}}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> GaussianModel.fromArrays(new double[] {0}, new double[][] {{1, 0}, {0, 1}}, 0));
    }

    @Test
    void fittingRejectsTooFewRaggedOrNonFiniteSamples() {
        assertThrows(IllegalArgumentException.class, () -> GaussianModel.fit(new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> GaussianModel.fit(new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> GaussianModel.fit(new double[][] {{1, Double.NaN}, {1, 2}}));
    }

    @Test
    void scoringAnEmbeddingOfTheWrongLengthFails() {
        GaussianModel model = GaussianModel.fit(new double[][] {{1, 0}, {-1, 0}, {0, 2}, {0, -2}});
        assertThrows(IllegalArgumentException.class, () -> model.mahalanobis(new double[] {1, 2, 3}));
    }

    static double[][] randomSamples(Random random, int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                row[i] = random.nextGaussian() * (1 + i) + 0.3 * row[0];
            }
        }
        return x;
    }

    private static double[][] map(double[][] x, UnaryOperator<double[]> f) {
        double[][] out = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            out[k] = f.apply(x[k]);
        }
        return out;
    }

    private static double[] add(double[] v, double[] shift) {
        double[] out = v.clone();
        for (int i = 0; i < v.length; i++) {
            out[i] += shift[i];
        }
        return out;
    }

    private static double[] scale(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < v.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    /** A fixed rotation of 3-D vectors: 0.7 rad about z, then 0.4 rad about x. */
    private static double[] rotate(double[] v) {
        double c1 = Math.cos(0.7);
        double s1 = Math.sin(0.7);
        double x = c1 * v[0] - s1 * v[1];
        double y = s1 * v[0] + c1 * v[1];
        double c2 = Math.cos(0.4);
        double s2 = Math.sin(0.4);
        return new double[] {x, c2 * y - s2 * v[2], s2 * y + c2 * v[2]};
    }

    private static double[] swapFirstTwo(double[] v) {
        return new double[] {v[1], v[0], v[2]};
    }

    @Test
    void theDistanceBetweenTwoPointsIsMeasuredInTheSameSpread() {
        double[][] x = {{0, 0}, {2, 0}, {0, 1}, {2, 1}, {1, 0.5}, {1.5, 0.2}, {0.3, 0.9}};
        GaussianModel g = GaussianModel.fit(x);
        double[] a = {3, 2};
        double[] b = {-1, 0.4};
        assertEquals(0, g.distance(a, a), 1e-12);
        assertEquals(g.mahalanobis(a), g.distance(a, g.mean()), 1e-12, "from the mean it is the Mahalanobis distance");
        assertEquals(g.distance(a, b), g.distance(b, a), 1e-12);
        double[] shift = {a[0] - b[0] + g.mean()[0], a[1] - b[1] + g.mean()[1]};
        assertEquals(g.mahalanobis(shift), g.distance(a, b), 1e-12);
    }
}
