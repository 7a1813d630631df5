package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShadingAugmentationTest {

    private final ShadingAugmentation shading = new ShadingAugmentation();

    private static NDArray u(NDManager m, double strength) {
        return m.create(new double[] {ShadingAugmentation.STRENGTH.toUnconstrained(strength)});
    }

    @Test
    void theOnlyHyperparameterIsTheStrength() {
        assertEquals("shading", shading.family());
        assertEquals(List.of("strength"), shading.ranges().stream().map(HyperparameterRange::name).toList());
    }

    @Test
    void directionZeroBrightensTheRightEdgeDarkensTheLeftAndKeepsTheCentreColumn() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 9, 9), 0.6);
            NDArray out = shading.applyAt(image, u(m, 0.5), new double[] {0});
            assertEquals(0.6 + 0.5 * 0.4, out.getDouble(0, 0, 2, 8), 1e-12, "right edge: half way to white");
            assertEquals(0.6 - 0.5 * 0.6, out.getDouble(0, 0, 7, 0), 1e-12, "left edge: half way to black");
            assertEquals(0.6 + 0.25 * 0.5 * 0.4, out.getDouble(0, 0, 4, 5), 1e-12, "a quarter of the way right");
            assertEquals(0.6, out.getDouble(0, 0, 0, 4), 1e-12, "the centre column keeps its value");
        }
    }

    @Test
    void aQuarterTurnBrightensTheTopAsDisplayed() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 9, 9), 0.5);
            NDArray out = shading.applyAt(image, u(m, 0.4), new double[] {Math.PI / 2});
            assertEquals(0.7, out.getDouble(0, 0, 0, 3), 1e-12);
            assertEquals(0.3, out.getDouble(0, 0, 8, 3), 1e-12);
        }
    }

    @Test
    void theChangeIsProportionalToTheStrengthSoNoStrengthWouldLeaveTheImageAlone() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 3, 12, 12), 3, 0, 1);
            NDArray weak = shading.applyAt(image, u(m, 0.1), new double[] {2.0}).sub(image);
            NDArray strong = shading.applyAt(image, u(m, 0.5), new double[] {2.0}).sub(image);
            assertTrue(strong.abs().max().getDouble() > 0.2);
            assertEquals(0, weak.mul(5).sub(strong).abs().max().getDouble(), 1e-12);
        }
    }

    @Test
    void theWholeImageChangesNotJustAPatch() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(2, 1, 16, 16), 0.5);
            NDArray out = shading.apply(image, u(m, 0.5), new java.util.Random(4));
            long changed = AugmentationContract.changedPixels(image, out, 0.01);
            assertTrue(changed > 0.8 * 2 * 16 * 16, changed + " of " + 2 * 16 * 16 + " pixels changed");
        }
    }

    @Test
    void outputKeepsShapeTypeAndUnitRangeForExtremeHyperparameters() {
        AugmentationContract.assertShapeTypeAndUnitRangeKept(shading);
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        AugmentationContract.assertSeededRandomIsReproducible(shading);
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForTheStrength() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 1, 16, 16), 7, 0, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(shading, images, new double[] {0.4}, 21);
            GradientCheck.assertGradientMatchesFiniteDifferences(shading, images, new double[] {-2.0}, 4);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        AugmentationContract.assertNothingLeftOnTheLongLivedManagerOfU(shading);
    }

    @Test
    void rejectsAWrongNumberOfHyperparameters() {
        AugmentationContract.assertRejectsAWrongNumberOfHyperparameters(shading);
    }
}
