package io.augtune.model;

import io.augtune.localise.LocaliserSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Thresholds;
import io.augtune.scoring.MapThreshold;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a scoring model was made: augmentation family and tuned hyperparameters, working size and channels, seed,
 * versions and date, the thresholds proposed when it was tuned (null before that), and its localiser with the map
 * threshold (both null for a model without heatmaps, e.g. one saved before heatmaps existed). Saved next to the
 * detector's weights, so a model folder alone can score, localise and decide.
 */
public record ModelInfo(String modelId, String family, Map<String, Double> hyperparameters, int workingSize,
                        int channels, long seed, String appVersion, String djlVersion, String pytorchVersion,
                        Instant created, Thresholds thresholds, LocaliserSpec localiser, MapThreshold mapThreshold) {
    public ModelInfo {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(created, "created");
        hyperparameters.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("hyperparameter " + name + " must be a finite number: " + value);
            }
        });
        hyperparameters = java.util.Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
        if (workingSize < ProjectSettings.MIN_WORKING_SIZE || workingSize > ProjectSettings.MAX_WORKING_SIZE) {
            throw new IllegalArgumentException("workingSize must be in " + ProjectSettings.MIN_WORKING_SIZE + ".."
                    + ProjectSettings.MAX_WORKING_SIZE + ": " + workingSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
        }
    }

    /** The same description with the thresholds proposed for this model. */
    public ModelInfo withThresholds(Thresholds t) {
        return new ModelInfo(modelId, family, hyperparameters, workingSize, channels, seed, appVersion, djlVersion,
                pytorchVersion, created, t, localiser, mapThreshold);
    }

    /** The map threshold for a report line, its value and how it was chosen; null for a model without heatmaps. */
    public String describeMapThreshold() {
        return mapThreshold == null ? null
                : String.format(Locale.ROOT, "%.6g (%s)", mapThreshold.value(), mapThreshold.rule());
    }

    /** The same description with a localiser and the map threshold proposed for it. */
    public ModelInfo withLocalisation(LocaliserSpec spec, MapThreshold threshold) {
        return new ModelInfo(modelId, family, hyperparameters, workingSize, channels, seed, appVersion, djlVersion,
                pytorchVersion, created, thresholds, spec, threshold);
    }
}
