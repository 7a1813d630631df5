package io.augtune.workflow;

import io.augtune.common.SkippedImage;
import io.augtune.tuning.TuningListener;

import java.util.List;

/**
 * Everything a tuning job reports while it runs: loading progress, skipped files, then the tuner's steps and
 * examples. Called on the job's thread; implementations hand the records on and return quickly.
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
}
