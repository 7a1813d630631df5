package io.augtune.workflow;

import io.augtune.common.SkippedImage;
import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningEvent;
import io.augtune.tuning.TuningListener;

import java.util.List;

/**
 * Everything a tuning job reports while it runs: loading progress, skipped files, then the tuner's steps and
 * examples. With {@code --family auto} the family trials come first, reported apart from the starts' steps (a trial
 * is not a start of the tuning). Called on the job's thread; implementations hand the records on and return quickly.
 */
public interface TuneObserver extends TuningListener {
    TuneObserver NONE = new TuneObserver() {
    };

    /** Coarse progress outside the tuning loop (reading images, scoring): phase, fraction in [0,1] or -1, detail. */
    default void onProgress(String phase, double fraction, String detail) {
    }

    /** Files of one folder that could not be used, each with its reason. */
    default void onSkipped(String folderRole, List<SkippedImage> skipped) {
    }

    /** {@code --family auto} begins the trial of {@code family}, the {@code index}-th (from 0) of {@code trials}. */
    default void onTrialStarted(String family, int index, int trials) {
    }

    /** One step of the trial detector of {@code family}; its point's start is the trial's own, always 0. */
    default void onTrialStep(String family, TuningEvent event) {
    }

    /** The trial of {@code family} ended: how well its detector told the judged images apart, in [0,1]. */
    default void onTrialFinished(String family, double separation) {
    }

    /** The trials ended: the family kept, every trial's loss, and why, in words. */
    default void onFamilyKept(FamilyTrials choice) {
    }
}
