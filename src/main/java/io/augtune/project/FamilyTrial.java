package io.augtune.project;

import java.util.Map;

/**
 * One augmentation family tried by {@code --family auto}: a detector trained at the middle of the family's ranges.
 *
 * @param family          the family's name
 * @param hyperparameters the hyperparameters its detector trained with, sorted by name
 * @param loss            the family-selection loss: one minus how well its detector ranked the production images
 *                        above held-back normal images (AUROC); lower explains the production images better
 */
public record FamilyTrial(String family, Map<String, Double> hyperparameters, double loss) {
    public FamilyTrial {
        Checks.identifier(family, "family");
        hyperparameters = Checks.hyperparameters(hyperparameters, "hyperparameters");
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("family-selection loss must be in [0, 1], got " + loss);
        }
    }
}
