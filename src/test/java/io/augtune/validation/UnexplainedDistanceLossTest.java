package io.augtune.validation;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnexplainedDistanceLossTest {

    private final UnexplainedDistanceLoss loss = new UnexplainedDistanceLoss();

    @Test
    void isNamedUnexplainedDistance() {
        assertEquals("unexplained-distance", loss.name());
    }

    @Test
    void matchesTheFormulaOnAHandWorkedExample() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 1-d: μ_trn = 0, μ_aug = 4, val {1, 3, 4}. d_t = {1, 3, 4}, d_a = {3, 1, 0}: min {1, 1, 0},
            // L = (2/3) / (8/3) = 0.25.
            NDArray zTrn = m.create(new double[] {-1, 1}, new Shape(2, 1));
            NDArray zAug = m.create(new double[] {3, 5}, new Shape(2, 1));
            NDArray zVal = m.create(new double[] {1, 3, 4}, new Shape(3, 1));
            assertEquals(0.25, Embeddings.value(loss, zTrn, zAug, zVal), 1e-6);
        }
    }

    @Test
    void movingTheAugmentedCentreAwayNeverLowersTheLoss() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(m, 10, new double[] {0, 0}, 0.3, 1);
            NDArray zVal = Embeddings.cluster(m, 10, new double[] {0, 0}, 0.3, 2)
                    .concat(Embeddings.cluster(m, 4, new double[] {2, 0}, 0.2, 3), 0);
            double previous = 0;
            for (double x = 2; x <= 12; x += 0.5) {
                double value = Embeddings.value(loss, zTrn, Embeddings.cluster(m, 8, new double[] {x, 0}, 0.2, 4),
                        zVal);
                assertTrue(value >= previous - 1e-9, "at " + x + ": " + value + " < " + previous);
                previous = value;
            }
        }
    }

    @Test
    void isOneWhenTheAugmentationExplainsNothing() {
        // Collapsed onto the normal centre every distance ties; trivially far away the normal centre explains all.
        Embeddings.assertOneWhenTheAugmentationExplainsNothing(loss);
    }

    @Test
    void isInvariantToScalingAndTranslatingAllEmbeddings() {
        double base = Embeddings.assertInvariantToScalingAndTranslation(loss, 7.5);
        assertTrue(base < 1.0, "the augmentation explains some production images: " + base);
    }

    @Test
    void isLowerWhenAugmentedEmbeddingsSitWhereTheProductionAnomaliesAre() {
        Embeddings.assertLowestWhereTheAnomaliesAre(loss, new double[] {1.5, 0}, new double[] {-3, 0},
                new double[] {0, 3});
    }

    /**
     * The failure of the mean-distance loss this loss fixes: with mostly normal production data, the mean-distance
     * loss prefers augmented embeddings sitting on the normal ones over augmented embeddings sitting on the anomalies.
     */
    @Test
    void prefersTheAnomaliesWhereTheMeanDistanceLossPrefersCollapse() {
        try (NDManager m = NDManager.newBaseManager()) {
            double[] anomalies = {3, 0};
            NDArray zTrn = Embeddings.cluster(m, 20, new double[] {0, 0}, 0.3, 1);
            NDArray zVal = Embeddings.cluster(m, 18, new double[] {0, 0}, 0.3, 2)
                    .concat(Embeddings.cluster(m, 2, anomalies, 0.3, 3), 0);
            NDArray atAnomalies = Embeddings.cluster(m, 20, anomalies, 0.3, 4);
            NDArray nearNormal = Embeddings.cluster(m, 20, new double[] {0.3, 0}, 0.3, 5);
            MeanDistanceLoss plain = new MeanDistanceLoss();
            assertTrue(Embeddings.value(plain, zTrn, nearNormal, zVal)
                    < Embeddings.value(plain, zTrn, atAnomalies, zVal), "the plain loss's known bias");
            assertTrue(Embeddings.value(loss, zTrn, atAnomalies, zVal)
                    < Embeddings.value(loss, zTrn, nearNormal, zVal));
        }
    }

    @Test
    void gradientMatchesFiniteDifferencesInTheAugmentedEmbeddings() {
        Embeddings.assertGradientMatchesFiniteDifferencesAwayFromKinks(loss);
    }

    @Test
    void onlyTheAugmentedEmbeddingsReceiveAGradientAndTheResultBelongsToTheirManager() {
        try (NDManager constants = NDManager.newBaseManager(); NDManager step = NDManager.newBaseManager()) {
            NDArray zTrn = Embeddings.cluster(constants, 5, new double[] {0, 0}, 0.4, 1);
            NDArray zVal = Embeddings.cluster(constants, 6, new double[] {0.8, -0.8}, 0.4, 3);
            NDArray zAug = Embeddings.cluster(step, 4, new double[] {1, -1}, 0.4, 2);
            for (NDArray z : new NDArray[] {zTrn, zAug, zVal}) {
                z.setRequiresGradient(true);
            }
            NDArray result;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                result = loss.compute(zTrn, zAug, zVal);
                collector.backward(result);
            }
            assertEquals(step, result.getManager());
            assertTrue(absoluteSum(zAug.getGradient()) > 1e-4);
            assertEquals(0.0, absoluteSum(zTrn.getGradient()));
            assertEquals(0.0, absoluteSum(zVal.getGradient()));
        }
    }

    private static double absoluteSum(NDArray gradient) {
        return gradient.toType(DataType.FLOAT64, false).abs().sum().getDouble();
    }
}
