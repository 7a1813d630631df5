package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.common.Raster;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test of each defect-like family in training: a tiny detector, 80 steps on small textures with the family
 * clearly visible, must then rank fresh augmented images above fresh normal ones well above chance (0.5). Seen with
 * these seeds: 0.94 (cutpaste) to 1.0 (shading); with other seeds 0.76 (cutpaste) to 1.0, hence the bar at 0.75.
 */
class AugmentationFamiliesTrainingTest {
    private static final int SIZE = 24;
    private static final int BATCH = 8;
    private static final int STEPS = 80;
    private static final int HELD_OUT = 32;
    /** How much brighter the middle of the part is than its corners. */
    private static final float LIGHTING = 0.8f;
    private static final DetectorConfig CONFIG = new DetectorConfig(SIZE, 1, new int[] {8, 16, 16}, 16, 1e-2, 0);

    @ParameterizedTest
    @ValueSource(strings = {"line", "cutpaste", "stain", "shading"})
    void aSmallDetectorLearnsToTellTheFamilysImagesFromNormalOnes(String family) {
        DifferentiableAugmentation augmentation = Augmentations.byFamily(family);
        Random textures = new Random(3);
        Random placements = new Random(4);
        try (Detector detector = Detector.create(CONFIG, 5)) {
            for (int s = 0; s < STEPS; s++) {
                try (NDManager step = detector.manager().newSubManager()) {
                    NDArray normal = textures(step, BATCH, textures);
                    detector.trainStep(normal, augmentation.apply(normal, visible(step, augmentation), placements));
                }
            }
            try (NDManager check = detector.manager().newSubManager()) {
                NDArray normal = textures(check, HELD_OUT, textures);
                NDArray augmented = augmentation.apply(normal, visible(check, augmentation), placements);
                double auroc = pairsRankedRight(detector.logits(normal).toFloatArray(),
                        detector.logits(augmented).toFloatArray());
                assertTrue(auroc >= 0.75, family + ": held-out AUROC " + auroc);
            }
        }
    }

    /** Every hyperparameter at 82 % of its range (sigmoid(1.5)): a clearly visible defect, as a smoke test wants. */
    private static NDArray visible(NDManager manager, DifferentiableAugmentation augmentation) {
        return manager.ones(new Shape(augmentation.ranges().size()), DataType.FLOAT32).mul(1.5f);
    }

    /**
     * Striped textures on a lit round part: bright in the middle, darker towards the rim. A patch copied from
     * elsewhere then differs from its surroundings, as CutPaste needs (on a texture alike everywhere it would be
     * invisible).
     */
    private static NDArray textures(NDManager manager, int n, Random random) {
        List<Raster> rasters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rasters.add(SyntheticTextures.texture(SIZE, random));
        }
        NDArray centred = manager.arange(0f, SIZE, 1f).sub((SIZE - 1) / 2f).div(SIZE / 2f);
        NDArray radiusSquared = centred.square().reshape(SIZE, 1).add(centred.square().reshape(1, SIZE));
        NDArray light = radiusSquared.neg().exp().sub(0.6f).mul(LIGHTING).reshape(1, 1, SIZE, SIZE);
        return RasterTensors.toBatch(manager, rasters, 1).add(light).clip(0, 1);
    }

    /** The share of (normal, augmented) pairs in which the augmented image scores higher: the AUROC. */
    private static double pairsRankedRight(float[] normal, float[] augmented) {
        double right = 0;
        for (float a : augmented) {
            for (float n : normal) {
                right += a > n ? 1 : a == n ? 0.5 : 0;
            }
        }
        return right / (normal.length * (double) augmented.length);
    }
}
