package io.augtune.project;

import java.util.List;
import java.util.Map;

/**
 * One of the multi-start runs of a tuning: where it began, where it ended and the path in between.
 *
 * @param start                   index of this run among the starts, from 0
 * @param initialHyperparameters  hyperparameters the run began with, sorted by name
 * @param finalHyperparameters    hyperparameters it ended with, sorted by name
 * @param finalValidationLoss     validation loss at the end; NaN if the run ended before computing one
 * @param trajectory              recorded steps in order; every point belongs to this start
 * @param selectionLoss           one minus the AUROC of its detector's scores of production against held-back normal
 *                                images (what chose among the starts), or NaN when the starts were compared by
 *                                validation loss
 */
public record TuningRun(int start, Map<String, Double> initialHyperparameters,
                        Map<String, Double> finalHyperparameters, double finalValidationLoss,
                        List<TrajectoryPoint> trajectory, double selectionLoss) {

    /** A run whose detector was not judged on production images (its starts were compared by validation loss). */
    public TuningRun(int start, Map<String, Double> initialHyperparameters, Map<String, Double> finalHyperparameters,
                     double finalValidationLoss, List<TrajectoryPoint> trajectory) {
        this(start, initialHyperparameters, finalHyperparameters, finalValidationLoss, trajectory, Double.NaN);
    }

    /** This run, judged: one minus how well its detector ranked production above held-back normal images. */
    public TuningRun withSelectionLoss(double loss) {
        return new TuningRun(start, initialHyperparameters, finalHyperparameters, finalValidationLoss, trajectory,
                loss);
    }

    /** What the starts are compared by: the selection loss when the run was judged, else its validation loss. */
    public double comparedLoss() {
        return Double.isNaN(selectionLoss) ? finalValidationLoss : selectionLoss;
    }

    public TuningRun {
        Checks.atLeast(start, 0, "start");
        initialHyperparameters = Checks.hyperparameters(initialHyperparameters, "initialHyperparameters");
        finalHyperparameters = Checks.hyperparameters(finalHyperparameters, "finalHyperparameters");
        trajectory = Checks.list(trajectory, "trajectory");
        for (TrajectoryPoint point : trajectory) {
            if (point.start() != start) {
                throw new IllegalArgumentException("run " + start + " holds a point of run " + point.start());
            }
        }
    }
}
