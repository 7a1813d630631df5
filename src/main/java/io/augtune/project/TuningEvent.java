package io.augtune.project;


/**
 * One step of a tuning run.
 *
 * @param point          what happened: start, step, phase, losses, every hyperparameter value, elapsed time
 * @param starts         how many starts the run has
 * @param fractionDone   of the whole multi-start run, in [0,1]
 * @param etaSeconds     estimated seconds left, from the pace so far (NaN before the first step)
 */
public record TuningEvent(TrajectoryPoint point, int starts, double fractionDone, double etaSeconds) {
}
