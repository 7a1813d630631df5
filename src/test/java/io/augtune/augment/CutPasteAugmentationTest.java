package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CutPasteAugmentationTest {

    private final CutPasteAugmentation cutPaste = new CutPasteAugmentation();

    private static NDArray u(NDManager m, double area, double aspect) {
        return m.create(new double[] {CutPasteAugmentation.AREA.toUnconstrained(area),
            CutPasteAugmentation.ASPECT.toUnconstrained(aspect)});
    }

    private static CutPasteAugmentation.Placement at(double row, double col, double rowShift, double colShift) {
        return new CutPasteAugmentation.Placement(new double[] {row}, new double[] {col}, new double[] {rowShift},
                new double[] {colShift});
    }

    @Test
    void hyperparametersAreAreaAndAnAspectWhoseMiddleIsASquare() {
        assertEquals("cutpaste", cutPaste.family());
        assertEquals(List.of("area", "aspect"), cutPaste.ranges().stream().map(HyperparameterRange::name).toList());
        assertEquals(0.02, CutPasteAugmentation.AREA.lo());
        assertEquals(0.15, CutPasteAugmentation.AREA.hi());
        assertEquals(1.0, CutPasteAugmentation.ASPECT.midValue(), 0.01);
    }

    @Test
    void insideThePatchTheImageShowsTheContentFromTheShiftedPlace() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 2, 20, 20), 2, 0, 1);
            // a square patch of area 0.09: 6 x 6 px centred at (10, 10), content from 4 rows up and 3 columns right
            NDArray out = cutPaste.applyAt(image, u(m, 0.09, 1.0), at(10, 10, -4, 3));
            for (int[] p : new int[][] {{10, 10}, {9, 11}, {12, 8}}) {
                double inside = softInterval(p[0] - 10, 3) * softInterval(p[1] - 10, 3);
                for (int c = 0; c < 2; c++) {
                    double expected = image.getDouble(0, c, p[0], p[1])
                            + inside * (image.getDouble(0, c, p[0] - 4, p[1] + 3) - image.getDouble(0, c, p[0], p[1]));
                    assertEquals(expected, out.getDouble(0, c, p[0], p[1]), 1e-9);
                }
            }
        }
    }

    /** The soft box along one axis, written out: sigmoid((half - offset)/s) · sigmoid((half + offset)/s). */
    private static double softInterval(double offset, double half) {
        double s = CutPasteAugmentation.EDGE_SOFTNESS;
        return 1 / (1 + Math.exp(-(half - offset) / s)) / (1 + Math.exp(-(half + offset) / s));
    }

    @Test
    void farOutsideThePatchNothingChanges() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 1, 20, 20), 3, 0, 1);
            NDArray out = cutPaste.applyAt(image, u(m, 0.05, 1.0), at(5, 5, 6, 6));
            // the soft edges' tails: sigmoid(-15) ≈ 3e-7 ten pixels away
            assertEquals(image.getDouble(0, 0, 15, 15), out.getDouble(0, 0, 15, 15), 1e-6);
            assertEquals(image.getDouble(0, 0, 5, 16), out.getDouble(0, 0, 5, 16), 1e-6);
        }
    }

    @Test
    void theContentIsReflectedAtTheBorderInsteadOfGoingBlack() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 1, 20, 20), 4, 0.5, 1);
            NDArray out = cutPaste.applyAt(image, u(m, 0.15, 1.0), at(17, 17, 5, 5));
            assertEquals(image.getDouble(0, 0, 15, 15), out.getDouble(0, 0, 18, 18), 0.01,
                    "row and column 18 + 5 = 23 lie 4 beyond the last pixel 19, so 19 - 4 = 15 shows");
            assertTrue(out.min().getDouble() >= 0.5 - 1e-12);
        }
    }

    @Test
    void aLargerAreaReplacesMorePixels() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 1, 24, 24), 5, 0, 1);
            CutPasteAugmentation.Placement place = at(12, 12, 5, -7);
            long small = AugmentationContract.changedPixels(image, cutPaste.applyAt(image, u(m, 0.03, 1), place), 1e-3);
            long large = AugmentationContract.changedPixels(image, cutPaste.applyAt(image, u(m, 0.12, 1), place), 1e-3);
            assertTrue(small > 0);
            assertTrue(large > small, large + " > " + small);
        }
    }

    @Test
    void anAspectAboveOneMakesAWidePatchAndBelowOneATallOne() {
        try (NDManager m = NDManager.newBaseManager()) {
            // columns ramp from 0 to 1, so a shift of 2 columns adds 2/23 exactly where the mask is 1
            NDArray ramp = m.arange(0f, 24f, 1f, ai.djl.ndarray.types.DataType.FLOAT64).div(23)
                    .reshape(1, 1, 1, 24).broadcast(1, 1, 24, 24);
            CutPasteAugmentation.Placement place = at(12, 12, 0, 2);
            NDArray wide = cutPaste.applyAt(ramp, u(m, 0.1, 3.0), place).sub(ramp).mul(23.0 / 2);
            NDArray tall = cutPaste.applyAt(ramp, u(m, 0.1, 1 / 3.0), place).sub(ramp).mul(23.0 / 2);
            assertTrue(extent(wide.get(0, 0, 12)) > 2 * extent(wide.get(0, 0).get(":, 12")), "wide");
            assertTrue(extent(tall.get(0, 0).get(":, 12")) > 2 * extent(tall.get(0, 0, 12)), "tall");
        }
    }

    /** Pixels of a line of the mask above one half. */
    private static long extent(NDArray maskLine) {
        return maskLine.gt(0.5).sum().getLong();
    }

    @Test
    void outputKeepsShapeTypeAndUnitRangeForExtremeHyperparameters() {
        AugmentationContract.assertShapeTypeAndUnitRangeKept(cutPaste);
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        AugmentationContract.assertSeededRandomIsReproducible(cutPaste);
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForAreaAndAspect() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 1, 16, 16), 7, 0, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(cutPaste, images, new double[] {0.4, -0.7}, 21);
            GradientCheck.assertGradientMatchesFiniteDifferences(cutPaste, images, new double[] {-1.2, 1.1}, 8);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        AugmentationContract.assertNothingLeftOnTheLongLivedManagerOfU(cutPaste);
    }

    @Test
    void rejectsAWrongNumberOfHyperparameters() {
        AugmentationContract.assertRejectsAWrongNumberOfHyperparameters(cutPaste);
    }
}
