package io.augtune.project;

import java.util.List;

/**
 * The outcome of a tuning: every multi-start run, and which one was kept (the lowest selection loss when the runs
 * were judged on production images, else the lowest final validation loss).
 *
 * @param family        augmentation family that was tuned
 * @param runs          the runs, at least one, each with a distinct start index
 * @param selectedStart start index of the kept run
 * @param familyTrials  how {@code auto} chose the family, or null when the settings named one
 */
public record TuningResult(String family, List<TuningRun> runs, int selectedStart, FamilyTrials familyTrials) {

    /** A tuning of a family the user chose (no family search). */
    public TuningResult(String family, List<TuningRun> runs, int selectedStart) {
        this(family, runs, selectedStart, null);
    }

    public TuningResult {
        Checks.identifier(family, "family");
        if (familyTrials != null && !familyTrials.chosen().equals(family)) {
            throw new IllegalArgumentException("tuned family " + family + " is not the one the family search chose, "
                    + familyTrials.chosen());
        }
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
        double first = runs.get(0).comparedLoss();
        boolean tied = runs.size() > 1 && runs.stream().allMatch(r -> Math.abs(r.comparedLoss() - first) < TIE);
        boolean flat = runs.stream().allMatch(TuningResult::lossNeverMoved);
        String search = familyTrials != null && !familyTrials.decided()
                ? "The choice of augmentation was not clear-cut: " + familyTrials.reason() : "";
        if (!tied && !flat) {
            return search.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(search);
        }
        String why = tied ? String.format(java.util.Locale.ROOT, "all %d starts ended at the same "
                + (Double.isNaN(runs.get(0).selectionLoss()) ? "validation" : "selection") + " loss "
                + "(%.4f), so start %d was kept by order, not because it fitted better", runs.size(), first,
                selectedStart + 1) : "the validation loss never moved during any start";
        String starts = "The tuning could not decide: " + why + ". No production image looked like any "
                + "of the synthetic defects tried, so the augmentation was not tuned to your images"
                + (familyTrials == null ? "; try another kind of synthetic defect (Augmentation), or auto" : "")
                + ". Pretrained features do not depend on it: the combined detection (the default) ranks with them "
                + "too.";
        return java.util.Optional.of(search.isEmpty() ? starts : search + " " + starts);
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

    /** This result with the family search that chose its family. */
    public TuningResult withFamilyTrials(FamilyTrials trials) {
        return new TuningResult(family, runs, selectedStart, trials);
    }

    /** The kept run. */
    public TuningRun selected() {
        return runs.stream().filter(run -> run.start() == selectedStart).findFirst().orElseThrow();
    }
}
