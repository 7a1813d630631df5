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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CutDiffAugmentationTest {

    private final CutDiffAugmentation cutDiff = new CutDiffAugmentation();

    @Test
    void hyperparametersAreAreaThenAspectWithTheMethodsRanges() {
        assertEquals("cutdiff", cutDiff.family());
        assertEquals(2, cutDiff.ranges().size());
        HyperparameterRange area = cutDiff.ranges().get(0);
        HyperparameterRange aspect = cutDiff.ranges().get(1);
        assertEquals("area", area.name());
        assertEquals(0.02, area.lo());
        assertEquals(0.15, area.hi());
        assertFalse(area.logScale());
        assertEquals("aspect", aspect.name());
        assertEquals(0.3, aspect.lo());
        assertEquals(1.0, aspect.hi());
        assertTrue(aspect.logScale());
    }

    @Test
    void outputKeepsShapeAndStaysInUnitRange() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 3, 12, 12), 1, 0, 1).toType(DataType.FLOAT32, false);
            NDArray out = cutDiff.apply(images, m.create(new float[] {0.5f, -0.5f}), new Random(3));
            assertEquals(images.getShape(), out.getShape());
            assertEquals(DataType.FLOAT32, out.getDataType());
            assertTrue(out.min().getFloat() >= 0 && out.max().getFloat() <= 1);
            assertTrue(out.sum().getFloat() < images.sum().getFloat(), "the patch darkens");
        }
    }

    @Test
    void pixelValuesFollowTheMaskFormulaAtAKnownCentre() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.constant(m, new Shape(1, 1, 12, 12), 0.9);
            double area = 0.09;
            double aspect = 0.5;
            NDArray u = m.create(new double[] {
                CutDiffAugmentation.AREA.toUnconstrained(area), CutDiffAugmentation.ASPECT.toUnconstrained(aspect)});
            NDArray out = cutDiff.applyAtCentres(images, u, new double[] {4}, new double[] {5});
            double patchRows = Math.sqrt(area / aspect) * 12;
            double patchCols = Math.sqrt(area * aspect) * 12;
            double di = (6 - 4) / patchRows;
            double dj = (6 - 5) / patchCols;
            double expected = 0.9 - Math.exp(-(di * di + dj * dj) / 0.2);
            assertEquals(expected, out.getDouble(0, 0, 6, 6), 1e-12);
            // By hand: di = 2/5.091 = 0.393, dj = 1/2.546 = 0.393, M = exp(-0.309/0.2) = 0.2137.
            assertEquals(0.6863, out.getDouble(0, 0, 6, 6), 1e-4);
            assertEquals(0.0, out.getDouble(0, 0, 4, 5), "the centre is clipped to black");
        }
    }

    @Test
    void everyChannelGetsTheSameMask() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.constant(m, new Shape(1, 3, 12, 12), 0.8);
            NDArray out = cutDiff.applyAtCentres(images, m.create(new double[] {0, 0}), new double[] {6}, new double[] {3});
            assertArrayEquals(out.get(0, 0).toDoubleArray(), out.get(0, 2).toDoubleArray());
            assertArrayEquals(out.get(0, 0).toDoubleArray(), out.get(0, 1).toDoubleArray());
        }
    }

    @Test
    void extremeHyperparametersStillGiveValuesInRange() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 2, 0, 1);
            for (double u : new double[] {-60, 60}) {
                NDArray out = cutDiff.apply(images, m.create(new double[] {u, -u}), new Random(5));
                assertFalse(out.isNaN().any().getBoolean());
                assertTrue(out.min().getDouble() >= 0 && out.max().getDouble() <= 1);
            }
        }
    }

    @Test
    void aLargerAreaDarkensMore() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.constant(m, new Shape(1, 1, 12, 12), 0.9);
            double small = cutDiff.apply(images, m.create(new double[] {-2, 0}), new Random(1)).sum().getDouble();
            double large = cutDiff.apply(images, m.create(new double[] {2, 0}), new Random(1)).sum().getDouble();
            assertTrue(large < small, large + " should be below " + small);
        }
    }

    @Test
    void sameSeedGivesIdenticalOutputAndAnotherSeedMovesThePatch() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 4, 0.5, 1);
            NDArray u = m.create(new double[] {0.3, 0.1});
            NDArray first = cutDiff.apply(images, u, new Random(11));
            NDArray again = cutDiff.apply(images, u, new Random(11));
            NDArray other = cutDiff.apply(images, u, new Random(12));
            assertArrayEquals(first.toDoubleArray(), again.toDoubleArray());
            assertFalse(first.contentEquals(other));
        }
    }

    @Test
    void autogradGradientMatchesFiniteDifferencesForAreaAndAspect() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 7, 0.2, 1);
            GradientCheck.assertGradientMatchesFiniteDifferences(cutDiff, images, new double[] {0.4, -0.7}, 21);
        }
    }

    @Test
    void nothingIsLeftOnTheLongLivedManagerOfU() {
        try (NDManager m = NDManager.newBaseManager(); NDManager longLived = NDManager.newBaseManager()) {
            NDArray u = longLived.create(new double[] {0.1, 0.2});
            u.setRequiresGradient(true);
            NDArray images = TestArrays.uniform(m, new Shape(2, 1, 12, 12), 8, 0, 1);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(cutDiff.apply(images, u, new Random(1)).sum());
            }
            assertEquals(1, longLived.getManagedArrays().size());
        }
    }

    @Test
    void rejectsAWrongNumberOfHyperparameters() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray images = m.zeros(new Shape(1, 1, 12, 12));
            assertThrows(IllegalArgumentException.class, () -> cutDiff.apply(images, m.create(new float[] {0}), new Random()));
        }
    }
}
