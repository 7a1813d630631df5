package io.augtune.project;

import java.util.Map;
import java.util.Objects;

/**
 * One recorded step of a tuning run: the numbers behind the live curves.
 *
 * @param start           index of the multi-start run this point belongs to, from 0
 * @param step            step counter within the run, from 0
 * @param phase           which part of the loop recorded it
 * @param trainLoss       detector binary cross-entropy; NaN when not computed at this step
 * @param validationLoss  unsupervised validation loss; NaN when not computed at this step
 * @param hyperparameters augmentation hyperparameter values by name (e.g. {@code area}, {@code aspect}, {@code
 *                        angle} in degrees), sorted by name, finite
 * @param elapsedMillis   wall-clock milliseconds since the run began
 */
public record TrajectoryPoint(int start, int step, TuningPhase phase, double trainLoss, double validationLoss,
                              Map<String, Double> hyperparameters, long elapsedMillis) {

    public TrajectoryPoint {
        Checks.atLeast(start, 0, "start");
        Checks.atLeast(step, 0, "step");
        Objects.requireNonNull(phase, "phase");
        hyperparameters = Checks.hyperparameters(hyperparameters, "hyperparameters");
        Checks.atLeast(elapsedMillis, 0, "elapsedMillis");
    }

    /** Whether the validation loss was computed at this step. */
    public boolean hasValidationLoss() {
        return !Double.isNaN(validationLoss);
    }
}
