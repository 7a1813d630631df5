package io.augtune.workflow;

import io.augtune.engine.DetectorConfig;
import io.augtune.project.ProjectSettings;
import io.augtune.tuning.TuningConfig;

/**
 * Turns a project's settings into a concrete, reproducible tuning plan. The time budget is converted into step counts
 * with nominal per-step costs measured on the reference machine (2 cores, see {@code bench}), not with a live clock:
 * the same settings always give the same steps and therefore the same numbers. The budget is also passed on as a
 * hard cap, so a slower machine stops early instead of overrunning (the trajectory then shows where it stopped).
 */
public final class RunPlan {
    /** Seconds of one detector step at 64 px, batch 32, augmentation in the graph: `bench` median on 2 cores, 102 ms. */
    static final double NOMINAL_STEP_SECONDS = 0.10;
    /** Fixed cost of any step (dispatch, small tensors), which dominates at tiny sizes. */
    static final double STEP_OVERHEAD_SECONDS = 0.01;
    /** A hyperparameter step embeds three blocks and backpropagates through one: about two detector steps. */
    static final double HYPER_STEP_FACTOR = 2.0;
    /** Part of the budget left for loading, embedding and scoring outside the tuning loop. */
    static final double TUNING_SHARE = 0.8;
    /**
     * What {@code --family auto}'s trials take on top of the tuning budget: half as much again. Measured first as
     * half of the budget, taken from the starts: the starts, with half their steps, then ranked ELPV mono 0.013-0.033
     * lower when the search had kept cutdiff anyway (see the measurements document).
     */
    static final double FAMILY_SHARE = 0.5;
    static final int VALIDATION_SAMPLE = 64;
    static final int FINAL_SAMPLE = 128;

    private RunPlan() {
    }

    /** The tuning configuration for these settings. */
    public static TuningConfig tuningConfig(ProjectSettings s) {
        double step = stepSeconds(s.workingSize(), s.batchSize());
        double perStart = TUNING_SHARE * s.budgetSeconds() / s.starts();
        int warmup = (int) Math.min(s.warmupSteps(), Math.floor(0.4 * perStart / step));
        double round = s.detectorStepsPerHyperStep() * step + HYPER_STEP_FACTOR * step;
        int rounds = (int) Math.max(1, Math.floor((perStart - warmup * step) / round));
        return new TuningConfig(warmup, rounds, s.detectorStepsPerHyperStep(), s.hyperLearningRate(),
                Math.max(2, s.batchSize()), VALIDATION_SAMPLE, FINAL_SAMPLE, s.starts(), s.seed(), s.budgetSeconds());
    }

    /**
     * One family trial of {@code --family auto}: its part of the trials' time in detector steps at fixed hyperparameters
     * (a trial compares kinds of defect, so it needs a detector that has learnt its family, not a tuned one).
     */
    public static TuningConfig trialConfig(ProjectSettings s) {
        TuningConfig start = tuningConfig(s);
        double step = stepSeconds(s.workingSize(), s.batchSize());
        double perTrial = FAMILY_SHARE * TUNING_SHARE * s.budgetSeconds() / FamilySearch.TRIALS;
        int warmup = (int) Math.min(s.warmupSteps(), Math.floor(perTrial / step));
        int rounds = (int) Math.max(1, Math.floor((perTrial - warmup * step) / (s.detectorStepsPerHyperStep()
                * step)));
        return start.withSteps(warmup, rounds, s.detectorStepsPerHyperStep()).withBudgetSeconds(0);
    }

    /** The detector for these settings and channel count. */
    public static DetectorConfig detectorConfig(ProjectSettings s, int channels) {
        return s.pretrainedBackbone() ? DetectorConfig.pretrainedDefaults(s.workingSize(), channels)
                : DetectorConfig.defaults(s.workingSize(), channels);
    }

    /** Nominal seconds of one detector step: cost grows with pixels and batch size. */
    static double stepSeconds(int size, int batch) {
        double pixels = (size / 64.0) * (size / 64.0);
        return STEP_OVERHEAD_SECONDS + NOMINAL_STEP_SECONDS * pixels * (batch / 32.0);
    }
}
