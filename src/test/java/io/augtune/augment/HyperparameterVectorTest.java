package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperparameterVectorTest {

    private final List<HyperparameterRange> cutDiff = new CutDiffAugmentation().ranges();

    @Test
    void midpointIsTheLinearMiddleOfTheAreaAndTheGeometricMiddleOfTheAspect() {
        HyperparameterVector mid = HyperparameterVector.midpoint(cutDiff);
        assertArrayEquals(new double[] {0, 0}, mid.unconstrained());
        assertEquals(0.085, mid.value("area"), 1e-12);
        assertEquals(Math.sqrt(0.3), mid.value("aspect"), 1e-12);
    }

    @Test
    void valuesComeBackInRangeOrderAfterARoundTripThroughU() {
        HyperparameterVector vector = HyperparameterVector.ofValues(cutDiff, Map.of("aspect", 0.4, "area", 0.1));
        HyperparameterVector again = HyperparameterVector.ofUnconstrained(cutDiff, vector.unconstrained());
        assertEquals(List.of("area", "aspect"), List.copyOf(again.values().keySet()));
        assertEquals(0.1, again.values().get("area"), 1e-12);
        assertEquals(0.4, again.values().get("aspect"), 1e-12);
        assertEquals(vector, again);
    }

    @Test
    void missingUnknownOrOutOfRangeValuesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> HyperparameterVector.ofValues(cutDiff, Map.of("area", 0.1)));
        assertThrows(IllegalArgumentException.class,
                () -> HyperparameterVector.ofValues(cutDiff, Map.of("area", 0.1, "aspect", 0.5, "angle", 3.0)));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HyperparameterVector.ofValues(cutDiff, Map.of("area", 0.5, "aspect", 0.5)));
        assertTrue(error.getMessage().contains("area"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HyperparameterVector.ofUnconstrained(cutDiff, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> HyperparameterVector.ofUnconstrained(cutDiff, 1.0, Double.NaN));
    }

    @Test
    void convertsToAndFromATensorOfEitherPrecision() {
        HyperparameterVector vector = HyperparameterVector.ofUnconstrained(cutDiff, 0.25, -1.5);
        try (NDManager m = NDManager.newBaseManager()) {
            for (DataType type : new DataType[] {DataType.FLOAT32, DataType.FLOAT64}) {
                NDArray u = vector.toTensor(m, type);
                assertEquals(type, u.getDataType());
                assertEquals(vector, HyperparameterVector.fromTensor(cutDiff, u));
            }
        }
    }

    @Test
    void printsValuesWithUnits() {
        HyperparameterVector vector = HyperparameterVector.midpoint(new RotationAugmentation().ranges());
        assertEquals("angle=90.00 degrees", vector.toString());
    }
}
