package io.augtune.validation;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeanDistanceLossTest {

    private final MeanDistanceLoss loss = new MeanDistanceLoss();

    @Test
    void isNamedMeanDistance() {
        assertEquals("mean-distance", loss.name());
    }

    @Test
    void matchesTheFormulaOnAHandWorkedExample() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 1-d: trn {0, 0}, aug {3, 3}, val {0, 3}. Stack mean 1.5, centred ±1.5, ||·||_F = 1.5·sqrt(6),
            // scale sqrt(6) / (1.5 sqrt(6)) = 2/3: trn at -1, aug at +1, val at -1 and +1. L = ½(1 + 1) = 1.
            NDArray zTrn = m.create(new double[] {0, 0}, new Shape(2, 1));
            NDArray zAug = m.create(new double[] {3, 3}, new Shape(2, 1));
            NDArray zVal = m.create(new double[] {0, 3}, new Shape(2, 1));
            // Tolerance 1e-6: the epsilon inside the norm's sqrt turns a zero distance into sqrt(1e-12).
            assertEquals(1.0, Embeddings.value(loss, zTrn, zAug, zVal), 1e-6);
        }
    }

    @Test
    void isInvariantToScalingAndTranslatingAllEmbeddings() {
        Embeddings.assertInvariantToScalingAndTranslation(loss, 7.5);
    }

    @Test
    void isLowerWhenAugmentedEmbeddingsSitWhereTheProductionAnomaliesAre() {
        Embeddings.assertLowestWhereTheAnomaliesAre(loss, new double[] {-3, 0}, new double[] {0, 3},
                new double[] {0, 30});
    }

    @Test
    void gradientMatchesFiniteDifferencesInTheAugmentedEmbeddings() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 5, new double[] {0, 0, 0}, 0.4, 1);
            NDArray zAug = Embeddings.cluster(m, 4, new double[] {1, -1, 0.5}, 0.4, 2);
            NDArray zVal = Embeddings.cluster(m, 6, new double[] {0.5, 0, 0}, 0.6, 3);
            Embeddings.assertGradientMatchesFiniteDifferences(loss, zTrn, zAug, zVal);
        }
    }

    @Test
    void onlyTheAugmentedEmbeddingsReceiveAGradient() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 5, new double[] {0, 0}, 0.4, 1);
            NDArray zAug = Embeddings.cluster(m, 4, new double[] {1, -1}, 0.4, 2);
            NDArray zVal = Embeddings.cluster(m, 6, new double[] {0.5, 0}, 0.6, 3);
            for (NDArray z : new NDArray[] {zTrn, zAug, zVal}) {
                z.setRequiresGradient(true);
            }
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss.compute(zTrn, zAug, zVal));
            }
            assertTrue(absoluteSum(zAug.getGradient()) > 1e-3);
            assertEquals(0.0, absoluteSum(zTrn.getGradient()));
            assertEquals(0.0, absoluteSum(zVal.getGradient()));
        }
    }

    /** Sum of absolute entries; an untouched gradient comes back as float32 zeros, so convert first. */
    private static double absoluteSum(NDArray gradient) {
        return gradient.toType(DataType.FLOAT64, false).abs().sum().getDouble();
    }

    @Test
    void theResultBelongsToTheAugmentedEmbeddingsManagerAndNothingStaysOnTheOthers() {
        try (NDManager constants = NDManager.newBaseManager(); NDManager step = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(constants, 5, new double[] {0, 0}, 0.4, 1);
            NDArray zVal = Embeddings.cluster(constants, 6, new double[] {0.5, 0}, 0.6, 3);
            NDArray zAug = Embeddings.cluster(step, 4, new double[] {1, -1}, 0.4, 2);
            NDArray result = loss.compute(zTrn, zAug, zVal);
            assertEquals(step, result.getManager());
            assertEquals(2, constants.getManagedArrays().size());
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
    void rejectsEmbeddingsOfDifferentWidths() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray narrow = m.zeros(new Shape(3, 2));
            NDArray wide = m.zeros(new Shape(3, 4));
            assertThrows(IllegalArgumentException.class, () -> loss.compute(narrow, wide, narrow));
        }
    }
}
