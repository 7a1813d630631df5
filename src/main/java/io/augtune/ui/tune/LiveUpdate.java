package io.augtune.ui.tune;

import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningRun;

import java.util.List;
import java.util.Map;

/**
 * What a running tuning job tells the live view, as plain records queued from the job's thread and applied on the
 * UI thread. The workflow observer translates its events into these.
 */
public sealed interface LiveUpdate {

    /** Coarse progress outside the tuning loop: reading images, scoring. Fraction in [0,1], or negative if unknown. */
    record Progress(String phase, double fraction, String detail) implements LiveUpdate {
    }

    /** Files of one folder that could not be used. */
    record Skipped(String folderRole, List<SkippedImage> files) implements LiveUpdate {
        public Skipped {
            files = List.copyOf(files);
        }
    }

    /** One tuning step: the point, how many starts the run has, the fraction of the whole run and the ETA. */
    record Step(TrajectoryPoint point, int starts, double fractionDone, double etaSeconds) implements LiveUpdate {
    }

    /** Current augmented examples: pairs of normal image and its augmented version. */
    record Examples(int start, int step, Map<String, Double> hyperparameters, List<Raster> originals,
                    List<Raster> augmented) implements LiveUpdate {
        public Examples {
            hyperparameters = Map.copyOf(hyperparameters);
            originals = List.copyOf(originals);
            augmented = List.copyOf(augmented);
        }
    }

    /** One start of the multi-start run finished. */
    record StartFinished(TuningRun run) implements LiveUpdate {
    }

    /** {@code auto} begins the trial of a family, the {@code index}-th (from 0) of {@code trials}. */
    record TrialStarted(String family, int index, int trials) implements LiveUpdate {
    }

    /** One step of a family's trial detector: not a start's step, so it is drawn apart. */
    record TrialStep(String family, TrajectoryPoint point) implements LiveUpdate {
    }

    /** A family's trial ended with this separation, in [0,1]. */
    record TrialFinished(String family, double separation) implements LiveUpdate {
    }

    /** The trials ended: the family kept, whether clearly, and why in words. */
    record FamilyKept(String family, boolean decided, String reason) implements LiveUpdate {
    }
}
