package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StainAugmentationTest {

    private static final int SIDE = 24;

    private final StainAugmentation stain = new StainAugmentation();

    private static NDArray u(NDManager m, double size, double opacity) {
        return m.create(new double[] {StainAugmentation.SIZE.toUnconstrained(size),
            StainAugmentation.OPACITY.toUnconstrained(opacity)});
    }

    /** One SIDE×SIDE image, a stain centred at (row, col) with a uniform wobble and a uniform tone. */
    private static StainAugmentation.Placement at(double row, double col, double wobble, double tone) {
        double[] wobbles = new double[SIDE * SIDE];
        double[] tones = new double[SIDE * SIDE];
        Arrays.fill(wobbles, wobble);
        Arrays.fill(tones, tone);
        return new StainAugmentation.Placement(new double[] {row}, new double[] {col}, wobbles, tones);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void hyperparametersAreTheDiameterAndTheOpacity() {
        assertEquals("stain", stain.family());
        assertEquals(List.of("size", "opacity"), stain.ranges().stream().map(HyperparameterRange::name).toList());
        assertEquals("fraction of side", StainAugmentation.SIZE.unit());
    }

    @Test
    void pixelsFollowTheSoftBlobFormula() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, SIDE, SIDE), 0.9);
            // diameter 0.45 · 24 = 10.8 px, so the radius is 5.4 px; tone 0.2, opacity 0.5, wobble 0.4
            NDArray out = stain.applyAt(image, u(m, 0.45, 0.5), at(12, 12, 0.4, 0.2));
            double rhoSquared = (3 * 3 + 4 * 4) / (5.4 * 5.4);
            double mask = sigmoid(StainAugmentation.EDGE_SHARPNESS * (1 - rhoSquared) + StainAugmentation.WOBBLE * 0.4);
            assertEquals(0.9 + 0.5 * mask * (0.2 - 0.9), out.getDouble(0, 0, 15, 16), 1e-12);
            assertEquals(0.9, out.getDouble(0, 0, 0, 0), 1e-9, "three radii away nothing changes");
        }
    }

    @Test
    void theChangeIsProportionalToTheOpacitySoNoOpacityWouldLeaveTheImageAlone() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 1, SIDE, SIDE), 2, 0, 1);
            StainAugmentation.Placement place = at(10, 14, -0.3, 0.7);
            NDArray weak = stain.applyAt(image, u(m, 0.3, 0.25), place).sub(image);
            NDArray strong = stain.applyAt(image, u(m, 0.3, 0.75), place).sub(image);
            assertTrue(strong.abs().max().getDouble() > 0.1);
            assertEquals(0, weak.mul(3).sub(strong).abs().max().getDouble(), 1e-12);
        }
    }

    @Test
    void aLargerStainOrAnOutwardWobbleCoversMorePixels() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, SIDE, SIDE), 0.8);
            long small = AugmentationContract.changedPixels(image, stain.applyAt(image, u(m, 0.2, 0.8),
                    at(12, 12, 0, 0.1)), 0.1);
            long large = AugmentationContract.changedPixels(image, stain.applyAt(image, u(m, 0.45, 0.8),
                    at(12, 12, 0, 0.1)), 0.1);
            long wobbledOut = AugmentationContract.changedPixels(image, stain.applyAt(image, u(m, 0.2, 0.8),
                    at(12, 12, 1, 0.1)), 0.1);
            assertTrue(small > 0);
            assertTrue(large > 2 * small, large + " > 2 · " + small);
            assertTrue(wobbledOut > small, wobbledOut + " > " + small);
        }
    }

    @Test
    void theStainsToneVariesSmoothlyAcrossTheBlob() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(4, 1, SIDE, SIDE), 0.5);
            NDArray out = stain.apply(image, u(m, 0.5, 1.0), new java.util.Random(6));
            NDArray rowSteps = out.get(":, :, 1:, :").sub(out.get(":, :, :-1, :")).abs();
            assertTrue(out.sub(image).abs().max().getDouble() > 0.1, "the stains are visible");
            assertTrue(rowSteps.max().getDouble() < 0.25, "no hard edges: " + rowSteps.max().getDouble());
        }
    }

    @Test
    void outputKeepsShapeTypeAndUnitRangeForExtremeHyperparameters() {
        AugmentationContract.assertShapeTypeAndUnitRangeKept(stain);
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        AugmentationContract.assertSeededRandomIsReproducible(stain);
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForSizeAndOpacity() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 1, 16, 16), 7, 0, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(stain, images, new double[] {0.4, -0.7}, 21);
            GradientCheck.assertGradientMatchesFiniteDifferences(stain, images, new double[] {-1.5, 1.2}, 3);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        AugmentationContract.assertNothingLeftOnTheLongLivedManagerOfU(stain);
    }

    @Test
    void rejectsAWrongNumberOfHyperparameters() {
        AugmentationContract.assertRejectsAWrongNumberOfHyperparameters(stain);
    }
}
