package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.CutDiffAugmentation;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.augment.RotationAugmentation;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.DetectorConfig;
import io.augtune.model.HoldoutSplit;
import io.augtune.project.AugmentationExamples;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.project.ProjectSettings;
import io.augtune.project.TuningEvent;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.StartingPoints;
import io.augtune.tuning.TrainedStart;
import io.augtune.tuning.TuningConfig;
import io.augtune.tuning.TuningData;
import io.augtune.tuning.TuningListener;
import io.augtune.validation.ValidationLoss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code --family auto}: which kind of synthetic defect to tune. Every family trains one detector at the middle of
 * its ranges (a trial), each trial scores the {@link JudgedImages}, and the family whose detector ranks them best is
 * kept: without decisions, the one that best tells the production images from normal images it never trained on.
 *
 * <p>Why this loss and not the tuning's own: it compares image scores, the way the detector will rank production,
 * not distances in each detector's own embedding space, so detectors of different families are comparable; it never
 * ties at a constant the way a distance ratio with a hard minimum does; and its noise is known (the AUROC's standard
 * error for these counts), which says when a choice is a close call. Another family than the default must beat the
 * default by more than that noise to be kept: cutdiff was the best family on every real data set measured, and a
 * change on the strength of noise cost up to 0.04 AUROC there. Measured against the alternative of asking each
 * trial's classifier how much production looks like its own defect: that chose worse (see the measurements
 * document).
 */
final class FamilySearch {
    /** The setting's value that asks for the search. */
    static final String AUTO = ProjectSettings.FAMILY_AUTO;
    /** How many trials the budget plans for (patch detection's five; whole-image detection adds rotation). */
    static final int TRIALS = 5;
    /** The family {@code auto} tunes when there are too few normal images to compare families. */
    static final String FALLBACK = CutDiffAugmentation.FAMILY;
    /** Held back from the trials when the project holds back no normal images of its own. */
    static final double TRIAL_HOLDOUT = 0.25;
    /** The runner-up within this many standard errors of the best: a close call. */
    private static final double CLOSE_CALL_ERRORS = 1.0;
    /** The best separation below chance plus this many standard errors: no family sees anything. */
    private static final double NO_SIGNAL_ERRORS = 2.0;

    /** The choice, and each trial's scores of the judged images (evaluation checks them against labels). */
    record Outcome(FamilyTrials choice, Map<String, double[]> scores) {
    }

    private FamilySearch() {
    }

    /**
     * The families tried, the default first so that it wins ties of order. Patch detection leaves out rotation: a
     * turned patch of a surface is not a kind of local defect, and its trials ranked real defects below chance
     * (KolektorSDD 0.34-0.36, seed 42; see the measurements document).
     */
    static List<String> candidates(boolean patchLevel) {
        return Augmentations.families().stream()
                .filter(f -> !patchLevel || !f.equals(RotationAugmentation.FAMILY)).toList();
    }

    /**
     * Which normal images the trials leave out to be judged against: the project's held-back ones when it keeps at
     * least two (they are never trained on), else a quarter of them, held back from the trials alone.
     */
    static boolean[] referenceImages(int normals, double holdoutFraction, long seed) {
        boolean[] held = HoldoutSplit.heldBack(normals, holdoutFraction, seed);
        int count = 0;
        for (boolean h : held) {
            count += h ? 1 : 0;
        }
        return count >= 2 ? held : HoldoutSplit.heldBack(normals, TRIAL_HOLDOUT, seed);
    }

    /**
     * Trains and scores one trial per family and chooses, handing each trial's tuner to {@code running} before it
     * trains (a live view asks it for augmented examples). The observer hears each trial begin, step and end, tagged
     * with its family, then the choice.
     *
     * @param train      normal training images at the trained size (trials train on them; never judged)
     * @param judged     what each trial is judged on, at the trained size
     * @param production production images at the trained size (what the trials' validation loss sees)
     */
    static Outcome choose(ValidationLoss loss, DetectorConfig detectorConfig, TuningConfig trialConfig,
                          List<Raster> train, JudgedImages judged, List<Raster> production, int channels,
                          int workingSize, TrialScores scores, Consumer<MultiStartTuner> running,
                          TuneObserver observer, CancellationToken cancel) {
        if (!judged.usable()) {
            throw new IllegalArgumentException("choosing a family needs at least 2 normal and 1 other image to judge");
        }
        List<String> families = candidates(scores.patchLevel());
        TuningData data = new TuningData(train, production, channels, workingSize);
        List<FamilyTrial> trials = new ArrayList<>();
        Map<String, double[]> scored = new LinkedHashMap<>();
        for (int f = 0; f < families.size(); f++) {
            String family = families.get(f);
            observer.onTrialStarted(family, f, families.size());
            observer.onProgress("Choosing the augmentation", f / (double) families.size(), "trying " + family
                    + " (" + (f + 1) + " of " + families.size() + ")");
            DifferentiableAugmentation augmentation = Augmentations.byFamily(family);
            MultiStartTuner trialTuner = new MultiStartTuner(augmentation, loss, detectorConfig, trialConfig);
            running.accept(trialTuner);
            trialTuner.requestExamples();
            try (TrainedStart trained = trialTuner.trainFixed(StartingPoints.middle(augmentation.ranges()), 0, data,
                    trialListener(family, observer), cancel)) {
                double[] all = scores.of(trained.detector(), train, judged.images(), cancel);
                scored.put(family, all);
                FamilyTrial trial = new FamilyTrial(family, trained.run().finalHyperparameters(), judged.loss(all));
                trials.add(trial);
                observer.onTrialFinished(family, 1 - trial.loss());
            }
        }
        FamilyTrials choice = decide(trials, judged);
        observer.onFamilyKept(choice);
        observer.onProgress("Choosing the augmentation", 1, "kept " + choice.chosen());
        return new Outcome(choice, scored);
    }

    /**
     * Judges the starts of a tuning as the trials are judged, with a memory bank of {@code normals} (never one of the
     * judged images).
     *
     * @param seen receives each start's scores of the judged images
     */
    static MultiStartTuner.StartJudge judge(TrialScores scores, List<Raster> normals, JudgedImages judged,
                                            BiConsumer<Integer, double[]> seen, CancellationToken cancel) {
        return trained -> {
            double[] all = scores.of(trained.detector(), normals, judged.images(), cancel);
            seen.accept(trained.run().start(), all);
            return judged.loss(all);
        };
    }

    /**
     * A trial's examples reach the live view as they are; its steps are the search's, not a start's, so they go on
     * tagged with the family tried.
     */
    private static TuningListener trialListener(String family, TuneObserver observer) {
        return new TuningListener() {
            @Override
            public void onStep(TuningEvent event) {
                observer.onTrialStep(family, event);
            }

            @Override
            public void onExamples(AugmentationExamples examples) {
                observer.onExamples(examples);
            }
        };
    }

    /** Picks the trial with the lowest loss and says, in words, how sure that choice is. */
    static FamilyTrials decide(List<FamilyTrial> trials, JudgedImages judged) {
        int positives = judged.positives();
        int negatives = judged.negatives();
        FamilyTrial best = trials.get(0);
        FamilyTrial runnerUp = null;
        for (FamilyTrial t : trials) {
            if (t.loss() < best.loss()) {
                best = t;
            }
        }
        for (FamilyTrial t : trials) {
            if (t != best && (runnerUp == null || t.loss() < runnerUp.loss())) {
                runnerUp = t;
            }
        }
        double separation = 1 - best.loss();
        double chanceError = aurocError(0.5, positives, negatives);
        String counts = judged.counts();
        if (separation < 0.5 + NO_SIGNAL_ERRORS * chanceError) {
            FamilyTrial fallback = trials.get(0);
            return new FamilyTrials(fallback.family(), trials, false, String.format(Locale.ROOT,
                    "No kind of synthetic defect %s (best: %s, separation %.2f, where chance is 0.50 ± %.2f for %s), "
                            + "so %s (the default) was kept.", judged.what(), best.family(), separation, chanceError,
                    counts, fallback.family()));
        }
        double error = aurocError(separation, positives, negatives);
        FamilyTrial standard = trials.get(0);
        if (best != standard && standard.loss() - best.loss() < CLOSE_CALL_ERRORS * error) {
            // a change of family must be earned: the default is the best family on every real data set measured
            return new FamilyTrials(standard.family(), trials, false, String.format(Locale.ROOT,
                    "%s (the default) was kept: %s's detector %s a little better (separation %.2f against %.2f), "
                            + "but within the noise of %s (± %.2f), so the trials do not show it fits better.",
                    standard.family(), best.family(), judged.what(), separation, 1 - standard.loss(), counts, error));
        }
        String kept = String.format(Locale.ROOT, "%s was kept: its detector %s best (separation %.2f)", best.family(),
                judged.what(), separation);
        if (runnerUp != null && runnerUp.loss() - best.loss() < CLOSE_CALL_ERRORS * error) {
            return new FamilyTrials(best.family(), trials, false, String.format(Locale.ROOT,
                    "%s, but %s did almost as well (%.2f; within the noise of %s, ± %.2f): a close call.", kept,
                    runnerUp.family(), 1 - runnerUp.loss(), counts, error));
        }
        return new FamilyTrials(best.family(), trials, true, kept + (runnerUp == null ? "." : String.format(
                Locale.ROOT, "; next best %s (%.2f).", runnerUp.family(), 1 - runnerUp.loss())));
    }

    /** Hanley and McNeil's standard error of an AUROC of {@code a} with these class sizes. */
    static double aurocError(double a, int positives, int negatives) {
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        double variance = (a * (1 - a) + (positives - 1) * (q1 - a * a) + (negatives - 1) * (q2 - a * a))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, variance));
    }
}
