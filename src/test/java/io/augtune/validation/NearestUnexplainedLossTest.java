package io.augtune.validation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearestUnexplainedLossTest {

    private final NearestUnexplainedLoss loss = new NearestUnexplainedLoss();

    @Test
    void isNamedUnexplainedNearest() {
        assertEquals("unexplained-nearest", loss.name());
    }

    @Test
    void matchesTheFormulaOnAHandWorkedExample() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 1-d: normals {0, 1}, augmented {5, 9}, val {1, 3, 6}. d_t = {0, 2, 5}, d_a = {4, 2, 1}:
            // min {0, 2, 1}, L = 3 / 7.
            NDArray zTrn = m.create(new double[] {0, 1}, new Shape(2, 1));
            NDArray zAug = m.create(new double[] {5, 9}, new Shape(2, 1));
            NDArray zVal = m.create(new double[] {1, 3, 6}, new Shape(3, 1));
            assertEquals(3.0 / 7.0, Embeddings.value(loss, zTrn, zAug, zVal), 1e-6);
        }
    }

    @Test
    void aRarerKindOfNormalPatchIsExplainedByItsNearestNormalNotByTheAugmentation() {
        try (NDManager m = NDManager.newBaseManager()) {
            // Normal patches of two kinds, plain (many) and edge (few); production holds both and no anomaly.
            NDArray zTrn = Embeddings.cluster(m, 16, new double[] {0, 0}, 0.2, 1)
                    .concat(Embeddings.cluster(m, 4, new double[] {6, 0}, 0.2, 2), 0);
            NDArray zVal = Embeddings.cluster(m, 8, new double[] {0, 0}, 0.2, 3)
                    .concat(Embeddings.cluster(m, 8, new double[] {6, 0}, 0.2, 4), 0);
            NDArray zAug = Embeddings.cluster(m, 20, new double[] {5, 0}, 0.2, 5);
            assertTrue(Embeddings.value(new UnexplainedDistanceLoss(), zTrn, zAug, zVal) < 0.8,
                    "the centre version is fooled: the edge patches sit nearer the augmented centre");
            assertEquals(1.0, Embeddings.value(loss, zTrn, zAug, zVal), 1e-6);
        }
    }

    @Test
    void anAugmentationThatChangesNothingExplainsNothing() {
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

    @Test
    void gradientMatchesFiniteDifferencesInTheAugmentedEmbeddings() {
        Embeddings.assertGradientMatchesFiniteDifferencesAwayFromKinks(loss);
    }
}
