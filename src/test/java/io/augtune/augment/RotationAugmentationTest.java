package io.augtune.augment;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RotationAugmentationTest {

    private final RotationAugmentation rotation = new RotationAugmentation();

    @Test
    void theOnlyHyperparameterIsTheAngleInDegreesFromZeroTo180() {
        assertEquals("rotation", rotation.family());
        HyperparameterRange angle = rotation.ranges().get(0);
        assertEquals(1, rotation.ranges().size());
        assertEquals("angle", angle.name());
        assertEquals("degrees", angle.unit());
        assertEquals(0.0, angle.lo());
        assertEquals(180.0, angle.hi());
        assertFalse(angle.logScale());
    }

    @Test
    void zeroAngleIsTheIdentity() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 2, 12, 12), 1, 0, 1);
            NDArray out = RotationAugmentation.rotate(images, m.zeros(new Shape(2), DataType.FLOAT64));
            assertArrayEquals(images.toDoubleArray(), out.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void ninetyDegreesTurnsASquareImageCounterClockwise() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray image = m.arange(0f, 25f, 1f, DataType.FLOAT64).reshape(1, 1, 5, 5);
            NDArray out = RotationAugmentation.rotate(image, m.create(new double[] {90}));
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    // Counter-clockwise: the input's last column becomes the output's first row.
                    assertEquals(image.getDouble(0, 0, j, 4 - i), out.getDouble(0, 0, i, j), 1e-9, "pixel " + i + "," + j);
                }
            }
        }
    }

    @Test
    void ninetyDegreesOnAWideImageMatchesAHandRotationInTheInterior() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 4×6, centre (1.5, 2.5): output (i, j) samples input row j - 1, column 4 - i; valid for j in 1..4.
            NDArray image = TestArrays.uniform(m, new Shape(1, 1, 4, 6), 3, 0, 1);
            NDArray out = RotationAugmentation.rotate(image, m.create(new double[] {90}));
            for (int i = 0; i < 4; i++) {
                for (int j = 1; j <= 4; j++) {
                    assertEquals(image.getDouble(0, 0, j - 1, 4 - i), out.getDouble(0, 0, i, j), 1e-9);
                }
            }
        }
    }

    @Test
    void twoHalfTurnsGiveTheOriginalBack() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 4, 0, 1);
            NDArray halfTurn = m.create(new double[] {180, -180});
            NDArray once = RotationAugmentation.rotate(images, halfTurn);
            NDArray twice = RotationAugmentation.rotate(once, halfTurn);
            assertArrayEquals(images.flip(2, 3).toDoubleArray(), once.toDoubleArray(), 1e-9);
            assertArrayEquals(images.toDoubleArray(), twice.toDoubleArray(), 1e-9);
        }
    }

    @Test
    void borderIsReflectedSoAPlainImageStaysPlainAtAnyAngle() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray plain = TestArrays.constant(m, new Shape(3, 1, 8, 12), 0.6);
            NDArray out = RotationAugmentation.rotate(plain, m.create(new double[] {45, 100, -170}));
            assertEquals(0.6, out.min().getDouble(), 1e-12);
            assertEquals(0.6, out.max().getDouble(), 1e-12);
        }
    }

    @Test
    void eachImageIsTurnedByPlusOrMinusTheAngleAndBothSignsOccur() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(6, 1, 12, 12), 5, 0, 1);
            NDArray u = m.create(new double[] {0.4});
            double degrees = RotationAugmentation.ANGLE.toValue(0.4);
            NDArray out = rotation.apply(images, u, new Random(2));
            NDArray plus = RotationAugmentation.rotate(images, m.ones(new Shape(6), DataType.FLOAT64).mul(degrees));
            NDArray minus = RotationAugmentation.rotate(images, m.ones(new Shape(6), DataType.FLOAT64).mul(-degrees));
            int turnedPlus = 0;
            for (int k = 0; k < 6; k++) {
                boolean isPlus = out.get(k).sub(plus.get(k)).abs().max().getDouble() < 1e-9;
                boolean isMinus = out.get(k).sub(minus.get(k)).abs().max().getDouble() < 1e-9;
                assertTrue(isPlus ^ isMinus, "image " + k + " is turned by exactly one of ±θ");
                turnedPlus += isPlus ? 1 : 0;
            }
            assertTrue(turnedPlus > 0 && turnedPlus < 6, "both directions occur");
        }
    }

    @Test
    void outputKeepsShapeTypeAndRangeForExtremeHyperparameters() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 3, 12, 12), 6, 0, 1).toType(DataType.FLOAT32, false);
            for (float u : new float[] {-60f, 0f, 60f}) {
                NDArray out = rotation.apply(images, m.create(new float[] {u}), new Random(1));
                assertEquals(images.getShape(), out.getShape());
                assertEquals(DataType.FLOAT32, out.getDataType());
                assertFalse(out.isNaN().any().getBoolean());
                assertTrue(out.min().getFloat() >= 0 && out.max().getFloat() <= 1);
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(4, 1, 12, 12), 7, 0, 1);
            NDArray u = m.create(new double[] {-0.3});
            NDArray first = rotation.apply(images, u, new Random(9));
            NDArray again = rotation.apply(images, u, new Random(9));
            assertArrayEquals(first.toDoubleArray(), again.toDoubleArray());
        }
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForTheAngle() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 8, 0, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(rotation, images, new double[] {0.3}, 13);
            GradientCheck.assertGradientMatchesFiniteDifferences(rotation, images, new double[] {-1.7}, 14);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        try (NDManager m = NDManager.newBaseManager(); NDManager longLived = NDManager.newBaseManager()) {
            NDArray u = longLived.create(new double[] {0.1});
            u.setRequiresGradient(true);
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 9, 0, 1);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(rotation.apply(images, u, new Random(1)).sum());
            }
            assertEquals(1, longLived.getManagedArrays().size());
        }
    }

    @Test
    void reflectionFoldsCoordinatesBackIntoTheImage() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray coordinates = m.create(new double[] {-1.5, 0, 3.25, 11, 12, 23.5});
            NDArray folded = BilinearSampler.reflect(coordinates, 11);
            assertArrayEquals(new double[] {1.5, 0, 3.25, 11, 10, 1.5}, folded.toDoubleArray(), 1e-12);
        }
    }
}
