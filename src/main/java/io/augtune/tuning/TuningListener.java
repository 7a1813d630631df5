package io.augtune.tuning;

import io.augtune.project.AugmentationExamples;

import io.augtune.project.TuningEvent;

import io.augtune.project.TuningRun;

/**
 * Receives tuning progress as immutable records, on the tuning thread. Implementations must return quickly (a UI
 * queues the records and drains them on its own schedule). All methods default to no-ops.
 */
public interface TuningListener {
    TuningListener NONE = new TuningListener() {
    };

    /** After every detector step and every hyperparameter step. */
    default void onStep(TuningEvent event) {
    }

    /** Current augmented examples, sent after {@link MultiStartTuner#requestExamples()} was called. */
    default void onExamples(AugmentationExamples examples) {
    }

    /** A start finished, with its whole trajectory and final validation loss. */
    default void onStartFinished(TuningRun run) {
    }
}
