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

    /** Two final losses closer than this are a tie: the loss could not tell the starts apart. */
    static final double TIE = 1e-6;

    /**
     * Why the tuning could not choose, in words for an engineer, or empty when it could: every start ended at the
     * same validation loss (then the first was kept by order), or the validation loss never moved during any start
     * (so no step was guided by the production images).
     */
    public java.util.Optional<String> undecided() {
        double first = runs.get(0).finalValidationLoss();
        boolean tied = runs.size() > 1 && runs.stream().allMatch(r -> Math.abs(r.finalValidationLoss() - first) < TIE);
        boolean flat = runs.stream().allMatch(TuningResult::lossNeverMoved);
        if (!tied && !flat) {
            return java.util.Optional.empty();
        }
        String why = tied ? String.format(java.util.Locale.ROOT, "all %d starts ended at the same validation loss "
                + "(%.4f), so start %d was kept by order, not because it fitted better", runs.size(), first,
                selectedStart + 1) : "the validation loss never moved during any start";
        return java.util.Optional.of("The tuning could not decide: " + why + ". No production image looked like any "
                + "of the synthetic defects tried, so the augmentation was not tuned to your images; try another "
                + "kind of synthetic defect (Augmentation). Pretrained features do not depend on it: the combined "
                + "detection (the default) ranks with them too.");
    }

    private static boolean lossNeverMoved(TuningRun run) {
        double[] seen = run.trajectory().stream().mapToDouble(TrajectoryPoint::validationLoss)
                .filter(Double::isFinite).toArray();
        if (seen.length < 2) {
            return false;
        }
        for (double v : seen) {
            if (Math.abs(v - seen[0]) >= TIE) {
                return false;
            }
        }
        return true;
    }

    /** The kept run. */
    public TuningRun selected() {
        return runs.stream().filter(run -> run.start() == selectedStart).findFirst().orElseThrow();
    }
}
