package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineAugmentationTest {

    private final LineAugmentation line = new LineAugmentation();

    /** u for length, width, contrast and tilt given in their units. */
    private static NDArray u(NDManager m, double length, double width, double contrast, double tilt) {
        return m.create(new double[] {LineAugmentation.LENGTH.toUnconstrained(length),
            LineAugmentation.WIDTH.toUnconstrained(width), LineAugmentation.CONTRAST.toUnconstrained(contrast),
            LineAugmentation.TILT.toUnconstrained(tilt)});
    }

    /** One image, its line centred at (row, col) with the given share of the tilt and tone. */
    private static LineAugmentation.Placement at(double row, double col, double tiltShare, double tone) {
        return new LineAugmentation.Placement(new double[] {row}, new double[] {col}, new double[] {tiltShare},
                new double[] {tone});
    }

    @Test
    void hyperparametersAreLengthWidthContrastAndTiltInTheirUnits() {
        assertEquals("line", line.family());
        assertEquals(List.of("length", "width", "contrast", "tilt"),
                line.ranges().stream().map(HyperparameterRange::name).toList());
        assertEquals("fraction of side", LineAugmentation.LENGTH.unit());
        assertEquals("fraction of side", LineAugmentation.WIDTH.unit());
        assertTrue(LineAugmentation.WIDTH.logScale());
        assertEquals("degrees", LineAugmentation.TILT.unit());
        assertEquals(0.0, LineAugmentation.TILT.lo());
        assertEquals(90.0, LineAugmentation.TILT.hi());
    }

    @Test
    void aPixelOnTheLineFollowsTheDistanceToSegmentFormula() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 20, 20), 0.8);
            // horizontal dark line centred at (10, 10), 0.5·20 = 10 px long, 0.05·20 = 1 px wide, contrast 0.6
            NDArray out = line.applyAt(image, u(m, 0.5, 0.05, 0.6, 30), at(10, 10, 0, 0));
            // pixel (11, 17): along = 7, 2 px beyond the end at 5; across = 1
            double distanceSquared = 2 * 2 + 1 * 1;
            double mask = Math.exp(-distanceSquared / (0.5 * 0.5));
            assertEquals(0.8 - 0.6 * mask * 0.8, out.getDouble(0, 0, 11, 17), 1e-12);
            assertEquals(0.8 * 0.4, out.getDouble(0, 0, 10, 12), 1e-9, "on the line: 60 % of the way to black");
            assertEquals(0.8, out.getDouble(0, 0, 3, 10), 1e-12, "7 px above the line nothing changes");
        }
    }

    @Test
    void aBrightLineMovesTowardsWhiteAndADarkOneTowardsBlack() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 20, 20), 0.5);
            NDArray dark = line.applyAt(image, u(m, 0.5, 0.05, 0.5, 0), at(10, 10, 0, 0));
            NDArray bright = line.applyAt(image, u(m, 0.5, 0.05, 0.5, 0), at(10, 10, 0, 1));
            assertEquals(0.25, dark.getDouble(0, 0, 10, 10), 1e-9);
            assertEquals(0.75, bright.getDouble(0, 0, 10, 10), 1e-9);
        }
    }

    @Test
    void aFullTiltShareOfNinetyDegreesDrawsAVerticalLine() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 20, 20), 0.8);
            NDArray out = line.applyAt(image, u(m, 0.5, 0.05, 0.9, 90 - 1e-9), at(10, 10, 1, 0));
            assertTrue(out.getDouble(0, 0, 6, 10) < 0.2, "on the vertical line");
            assertEquals(0.8, out.getDouble(0, 0, 10, 6), 1e-6, "beside it");
        }
    }

    @Test
    void theChangeIsProportionalToTheContrastSoNoContrastWouldLeaveTheImageAlone() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.uniform(m, new Shape(1, 2, 20, 20), 3, 0, 1);
            LineAugmentation.Placement place = at(8, 9, 0.3, 1);
            NDArray weak = line.applyAt(image, u(m, 0.6, 0.05, 0.2, 40), place).sub(image);
            NDArray strong = line.applyAt(image, u(m, 0.6, 0.05, 0.8, 40), place).sub(image);
            assertTrue(strong.abs().max().getDouble() > 0.3);
            assertEquals(0, weak.mul(4).sub(strong).abs().max().getDouble(), 1e-12);
        }
    }

    @Test
    void aLongerOrWiderLineChangesMorePixels() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = TestArrays.constant(m, new Shape(1, 1, 32, 32), 0.5);
            LineAugmentation.Placement place = at(16, 16, 0.5, 0);
            long shortThin = AugmentationContract.changedPixels(image,
                    line.applyAt(image, u(m, 0.2, 0.02, 0.8, 30), place), 0.05);
            long longThin = AugmentationContract.changedPixels(image,
                    line.applyAt(image, u(m, 0.7, 0.02, 0.8, 30), place), 0.05);
            long longWide = AugmentationContract.changedPixels(image,
                    line.applyAt(image, u(m, 0.7, 0.07, 0.8, 30), place), 0.05);
            assertTrue(shortThin > 0);
            assertTrue(longThin > shortThin, longThin + " > " + shortThin);
            assertTrue(longWide > longThin, longWide + " > " + longThin);
        }
    }

    @Test
    void outputKeepsShapeTypeAndUnitRangeForExtremeHyperparameters() {
        AugmentationContract.assertShapeTypeAndUnitRangeKept(line);
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        AugmentationContract.assertSeededRandomIsReproducible(line);
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForLengthWidthContrastAndTilt() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(3, 1, 16, 16), 7, 0.2, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(line, images, new double[] {-0.5, 0.8, 0.2, 0.4}, 21);
            GradientCheck.assertGradientMatchesFiniteDifferences(line, images, new double[] {1.0, -0.3, -1.0, -0.6}, 5);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        AugmentationContract.assertNothingLeftOnTheLongLivedManagerOfU(line);
    }

    @Test
    void rejectsAWrongNumberOfHyperparameters() {
        AugmentationContract.assertRejectsAWrongNumberOfHyperparameters(line);
    }
}
