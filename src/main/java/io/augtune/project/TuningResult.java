package io.augtune.project;

import java.util.List;

/**
 * The outcome of a tuning: every multi-start run, and which one was kept (the lowest final validation loss).
 *
 * @param family        augmentation family that was tuned
 * @param runs          the runs, at least one, each with a distinct start index
 * @param selectedStart start index of the kept run
 */
public record TuningResult(String family, List<TuningRun> runs, int selectedStart) {

    public TuningResult {
        Checks.identifier(family, "family");
        runs = Checks.list(runs, "runs");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a tuning result needs at least one run");
        }
        Checks.unique(runs, TuningRun::start, "runs");
        final int selected = selectedStart;
        if (runs.stream().noneMatch(run -> run.start() == selected)) {
            throw new IllegalArgumentException("selectedStart " + selectedStart + " is not among the runs");
        }
    }

    /** The kept run. */
    public TuningRun selected() {
        return runs.stream().filter(run -> run.start() == selectedStart).findFirst().orElseThrow();
    }
}
