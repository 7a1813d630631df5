package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinkhornLossTest {

    private final SinkhornLoss loss = new SinkhornLoss();

    @Test
    void isNamedSinkhorn() {
        assertEquals("sinkhorn", loss.name());
    }

    @Test
    void isZeroWhenProductionLooksExactlyLikeNormalPlusAugmented() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 6, new double[] {0, 0, 0}, 0.5, 1);
            NDArray zAug = Embeddings.cluster(m, 4, new double[] {2, 0, 1}, 0.5, 2);
            assertEquals(0.0, Embeddings.value(loss, zTrn, zAug, zTrn.concat(zAug, 0)), 1e-9);
        }
    }

    @Test
    void growsAsTheAugmentedEmbeddingsMoveAwayFromProduction() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 6, new double[] {0, 0}, 0.5, 1);
            NDArray zAug = Embeddings.cluster(m, 6, new double[] {2, 0}, 0.5, 2);
            NDArray zVal = zTrn.concat(zAug, 0);
            double previous = -1;
            for (double shift : new double[] {0, 1, 2, 4}) {
                NDArray moved = zAug.add(m.create(new double[] {0, shift}));
                double value = Embeddings.value(loss, zTrn, moved, zVal);
                assertTrue(value > previous, "shift " + shift + ": " + value + " should exceed " + previous);
                previous = value;
            }
        }
    }

    @Test
    void isLowerWhenAugmentedEmbeddingsSitWhereTheProductionAnomaliesAre() {
        Embeddings.assertLowestWhereTheAnomaliesAre(loss, new double[] {-3, 0});
    }

    @Test
    void isInvariantToScalingAndTranslatingAllEmbeddings() {
        double base = Embeddings.assertInvariantToScalingAndTranslation(loss, 0.02);
        assertTrue(base > 0.01, "a visible separation gives a visible loss: " + base);
    }

    @Test
    void gradientThroughTheIterationsMatchesFiniteDifferences() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 4, new double[] {0, 0, 0}, 0.4, 1);
            NDArray zAug = Embeddings.cluster(m, 2, new double[] {1, -1, 0.5}, 0.4, 2);
            NDArray zVal = Embeddings.cluster(m, 5, new double[] {0.5, 0, 0}, 0.6, 3);
            // Unrolled differentiation is exact for any iteration count; 10 keeps the check quick.
            Embeddings.assertGradientMatchesFiniteDifferences(new SinkhornLoss(0.1, 10), zTrn, zAug, zVal);
        }
    }

    @Test
    void givesTheSameValueInSinglePrecision() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 5, new double[] {0, 0, 0}, 0.3, 1);
            NDArray zAug = Embeddings.cluster(m, 4, new double[] {1, 2, 0}, 0.3, 2);
            NDArray zVal = Embeddings.cluster(m, 6, new double[] {0.5, 0, 1}, 0.5, 3);
            NDArray single = loss.compute(Embeddings.toFloat(zTrn), Embeddings.toFloat(zAug), Embeddings.toFloat(zVal));
            assertEquals(DataType.FLOAT32, single.getDataType());
            assertEquals(Embeddings.value(loss, zTrn, zAug, zVal), single.getFloat(), 1e-4);
        }
    }

    @Test
    void rejectsANonPositiveTemperatureOrNoIterations() {
        assertThrows(IllegalArgumentException.class, () -> new SinkhornLoss(0, 50));
        assertThrows(IllegalArgumentException.class, () -> new SinkhornLoss(0.1, 0));
    }
}
