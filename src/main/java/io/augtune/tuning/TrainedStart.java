package io.augtune.tuning;

import io.augtune.engine.Detector;
import io.augtune.project.TuningRun;

/**
 * A detector trained by one start (or one fixed/grid setting), with the hyperparameters it ended at. Owns the
 * detector: close it unless it is handed on.
 *
 * @param run      the start's trajectory and final validation loss
 * @param u        final unconstrained hyperparameters
 * @param detector the trained detector
 */
public record TrainedStart(TuningRun run, double[] u, Detector detector) implements AutoCloseable {
    public TrainedStart {
        u = u.clone();
    }

    @Override
    public double[] u() {
        return u.clone();
    }

    @Override
    public void close() {
        detector.close();
    }
}
