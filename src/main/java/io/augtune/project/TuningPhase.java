package io.augtune.project;

/** Where in the alternating tuning loop a trajectory point was recorded. */
public enum TuningPhase {
    /** Detector training with the initial hyperparameters, before any hyperparameter step. */
    WARMUP,
    /** A detector step with the hyperparameters held fixed. */
    DETECTOR,
    /** A hyperparameter step with the detector frozen. */
    HYPER,
    /** The final state of a run. */
    DONE
}
