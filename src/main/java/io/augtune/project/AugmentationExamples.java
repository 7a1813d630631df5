package io.augtune.project;

import io.augtune.common.Raster;

import java.util.List;
import java.util.Map;

/**
 * A few normal images and their augmented versions at the current hyperparameters, at the working size. The
 * augmentation randomness is fixed, so successive examples differ only because the hyperparameters moved.
 */
public record AugmentationExamples(int start, int step, Map<String, Double> hyperparameters,
                                   List<Raster> originals, List<Raster> augmented) {
    public AugmentationExamples {
        hyperparameters = Map.copyOf(hyperparameters);
        originals = List.copyOf(originals);
        augmented = List.copyOf(augmented);
    }
}
