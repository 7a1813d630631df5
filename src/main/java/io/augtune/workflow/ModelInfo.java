package io.augtune.workflow;

import io.augtune.project.Thresholds;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a scoring model was made: augmentation family and tuned hyperparameters, working size and channels, seed,
 * versions and date, and the thresholds proposed when it was tuned (null before that). Saved next to the detector's
 * weights, so a model folder alone can score and decide.
 */
public record ModelInfo(String modelId, String family, Map<String, Double> hyperparameters, int workingSize,
                        int channels, long seed, String appVersion, String djlVersion, String pytorchVersion,
                        Instant created, Thresholds thresholds) {
    public ModelInfo {
        hyperparameters = java.util.Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
    }

    /** The same description with the thresholds proposed for this model. */
    public ModelInfo withThresholds(Thresholds t) {
        return new ModelInfo(modelId, family, hyperparameters, workingSize, channels, seed, appVersion, djlVersion,
                pytorchVersion, created, t);
    }
}
