package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.Detector;
import io.augtune.engine.DetectorConfig;
import io.augtune.evaluation.Auroc;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.StartingPoints;
import io.augtune.tuning.TrainedStart;
import io.augtune.tuning.TuningConfig;
import io.augtune.tuning.TuningData;
import io.augtune.tuning.TuningListener;
import io.augtune.validation.ValidationLoss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --family auto}: which kind of synthetic defect to tune. Every family trains one detector at the middle of
 * its ranges (a trial), and each trial scores the production images and normal images it never trained on
 * (held back). The family whose detector tells production from those normals best explains what the production
 * images hold, so it is kept.
 *
 * <p>Why this loss and not the tuning's own: a detector's image scores rank a production folder that is partly
 * defective above normal images by {@code (1 - p) / 2 + p * A} in expectation (p the defective share, A the
 * detector's AUROC on defects), so one minus that separation is a graded, label-free estimate of the order of the
 * families' AUROCs. It compares scores, not distances in each detector's own embedding space, so detectors of
 * different families are comparable, and it never ties at a constant the way a distance ratio with a hard minimum
 * does. Its noise is known (the AUROC's standard error for these counts), which says when the choice is a
 * close call.
 */
final class FamilySearch {
    /** Whether trials are compared by how much their classifier sees its own defect in production (else novelty). */
    static final boolean SELECTION_BY_LIKENESS = Boolean.parseBoolean(System.getProperty("augtune.likeness", "true"));
    /** Training images whose patches a trial's memory bank samples. */
    static final int BANK_IMAGES = 48;
    /** Patches in a trial's memory bank. */
    static final int BANK_PATCHES = 2048;
    /** The runner-up within this many standard errors of the best: a close call. */
    private static final double CLOSE_CALL_ERRORS = 1.0;
    /** Separation below chance plus this many standard errors: production looks normal to every family. */
    private static final double NO_SIGNAL_ERRORS = 2.0;

    /**
     * The choice, each trial's production image scores (for evaluation against labels; not kept), and each trial's
     * two separations, {novelty, likeness}: by the memory bank's scores and by its classifier's.
     */
    record Outcome(FamilyTrials choice, java.util.Map<String, double[]> productionScores,
                   java.util.Map<String, double[]> separations) {
    }

    /** The image scores of a trained trial detector: higher is more anomalous, one per image of {@code images}. */
    interface ImageScores {
        double[] of(Detector detector, List<Raster> train, List<Raster> images, CancellationToken cancel);

        /** Whether the detector looks at patches of the images rather than the whole image. */
        default boolean patchLevel() {
            return false;
        }

        /**
         * How much each image looks like the detector's own synthetic defect: its classifier's logit (the largest
         * over the image's patches for patch detection).
         */
        double[] logits(Detector detector, List<Raster> images, CancellationToken cancel);
    }

    /** The setting's value that asks for the search. */
    static final String AUTO = io.augtune.project.ProjectSettings.FAMILY_AUTO;
    /** How many trials the budget plans for (patch detection's five; whole-image detection adds rotation). */
    static final int TRIALS = 5;
    /** The family {@code auto} tunes when there are too few normal images to compare families. */
    static final String FALLBACK = io.augtune.augment.CutDiffAugmentation.FAMILY;
    /** Held back from the trials when the project holds back no normal images of its own. */
    static final double TRIAL_HOLDOUT = 0.25;

    private FamilySearch() {
    }

    /**
     * Which normal images the trials leave out to score against production: the project's held-back ones when it
     * keeps at least two (they are never trained on), else a quarter of them, held back from the trials alone.
     */
    static boolean[] referenceImages(int normals, double holdoutFraction, long seed) {
        boolean[] held = io.augtune.model.HoldoutSplit.heldBack(normals, holdoutFraction, seed);
        int count = 0;
        for (boolean h : held) {
            count += h ? 1 : 0;
        }
        return count >= 2 ? held : io.augtune.model.HoldoutSplit.heldBack(normals, TRIAL_HOLDOUT, seed);
    }

    /**
     * Scores as patch detection ranks images: the largest patch distance to a memory bank of normal patches. A trial
     * only compares families, so its bank is a random sample of the patches of a few dozen training images rather
     * than the product's coreset of all of them (the coreset's greedy search took most of a trial's time).
     */
    static ImageScores patchMaxima(io.augtune.localise.LocaliserSpec spec, long seed) {
        io.augtune.localise.PatchGrid tiles = coarsest(spec.grid());
        io.augtune.localise.LocaliserSpec knn = io.augtune.localise.LocaliserSpec.patchGrid(tiles,
                io.augtune.localise.LocaliserSpec.SCORER_KNN);
        return new ImageScores() {
            @Override
            public double[] of(Detector detector, List<Raster> train, List<Raster> images, CancellationToken cancel) {
                float[][] patches = io.augtune.localise.PatchGridLocaliser.embedPatches(detector, tiles,
                        evenlySpaced(train, BANK_IMAGES), cancel);
                List<float[]> shuffled = new ArrayList<>(java.util.Arrays.asList(patches));
                java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
                io.augtune.engine.PatchMemoryBank bank = new io.augtune.engine.PatchMemoryBank(
                        shuffled.subList(0, Math.min(BANK_PATCHES, shuffled.size())).toArray(new float[0][]));
                return new io.augtune.localise.PatchGridLocaliser(detector, knn, bank, null).maps(images, cancel)
                        .stream().mapToDouble(io.augtune.scoring.AnomalyMap::max).toArray();
            }

            @Override
            public boolean patchLevel() {
                return true;
            }

            @Override
            public double[] logits(Detector detector, List<Raster> images, CancellationToken cancel) {
                double[] out = new double[images.size()];
                for (int i = 0; i < images.size(); i++) {
                    float[] patchLogits = detector.logitRasters(tiles.cut(images.get(i)), cancel);
                    double max = Double.NEGATIVE_INFINITY;
                    for (float v : patchLogits) {
                        max = Math.max(max, v);
                    }
                    out[i] = max;
                }
                return out;
            }
        };
    }

    /**
     * The grid with the widest stride that still fits the image, up to patches side by side: every pixel is still in
     * a patch, in as little as a quarter of the embedding time of half-overlapping patches.
     */
    static io.augtune.localise.PatchGrid coarsest(io.augtune.localise.PatchGrid g) {
        for (int stride = g.patch(); stride > g.stride(); stride--) {
            if (g.patch() % stride == 0 && (g.width() - g.patch()) % stride == 0
                    && (g.height() - g.patch()) % stride == 0) {
                return new io.augtune.localise.PatchGrid(g.patch(), stride, g.width(), g.height());
            }
        }
        return g;
    }

    /** At most {@code limit} of the list, spread evenly over it. */
    static <T> List<T> evenlySpaced(List<T> items, int limit) {
        if (items.size() <= limit) {
            return items;
        }
        List<T> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(items.get((int) ((long) i * items.size() / limit)));
        }
        return out;
    }

    /** Scores as whole-image detection ranks images: Mahalanobis distance under the normal embeddings' Gaussian. */
    static ImageScores wholeImage() {
        return new ImageScores() {
            @Override
            public double[] of(Detector detector, List<Raster> train, List<Raster> images, CancellationToken cancel) {
                return io.augtune.scoring.GaussianModel
                        .fit(io.augtune.localise.Embeddings.toDoubles(detector.embedRasters(train, cancel)))
                        .mahalanobis(io.augtune.localise.Embeddings.toDoubles(detector.embedRasters(images, cancel)));
            }

            @Override
            public double[] logits(Detector detector, List<Raster> images, CancellationToken cancel) {
                float[] l = detector.logitRasters(images, cancel);
                double[] out = new double[l.length];
                for (int i = 0; i < l.length; i++) {
                    out[i] = l[i];
                }
                return out;
            }
        };
    }

    /**
     * The families tried, the default first so that it wins ties of order. Patch detection leaves out rotation: a
     * turned patch of a surface is not a kind of local defect, and its trials ranked real defects below chance
     * (KolektorSDD 0.34-0.36, seed 42; see the measurements document).
     */
    static List<String> candidates(boolean patchLevel) {
        return Augmentations.families().stream()
                .filter(f -> !patchLevel || !f.equals(io.augtune.augment.RotationAugmentation.FAMILY)).toList();
    }

    /**
     * Trains and scores one trial per family and chooses.
     *
     * @param train      normal training images at the trained size
     * @param reference  normal images none of the trials trains on, at the trained size (at least 2)
     * @param production production images at the trained size
     */
    static Outcome choose(ValidationLoss loss, DetectorConfig detectorConfig, TuningConfig trialConfig,
                               List<Raster> train, List<Raster> reference, List<Raster> production, int channels,
                               int workingSize, ImageScores scores, TuneObserver observer, CancellationToken cancel) {
        return choose(loss, detectorConfig, trialConfig, train, reference, production, channels, workingSize, scores,
                tuner -> { }, observer, cancel);
    }

    /**
     * As {@link #choose(ValidationLoss, DetectorConfig, TuningConfig, List, List, List, int, int, ImageScores,
     * TuneObserver, CancellationToken)}, handing each trial's tuner to {@code running} before it trains, so that a
     * live view can ask it for augmented examples.
     */
    static Outcome choose(ValidationLoss loss, DetectorConfig detectorConfig, TuningConfig trialConfig,
                          List<Raster> train, List<Raster> reference, List<Raster> production, int channels,
                          int workingSize, ImageScores scores, java.util.function.Consumer<MultiStartTuner> running,
                          TuneObserver observer, CancellationToken cancel) {
        if (reference.size() < 2) {
            throw new IllegalArgumentException("choosing a family needs at least 2 held-back normal images");
        }
        List<String> families = candidates(scores.patchLevel());
        TuningData data = new TuningData(train, production, channels, workingSize);
        List<Raster> scored = new ArrayList<>(reference);
        scored.addAll(production);
        boolean[] isProduction = new boolean[scored.size()];
        for (int i = reference.size(); i < isProduction.length; i++) {
            isProduction[i] = true;
        }
        List<FamilyTrial> trials = new ArrayList<>();
        java.util.Map<String, double[]> productionScores = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> separations = new java.util.LinkedHashMap<>();
        for (int f = 0; f < families.size(); f++) {
            String family = families.get(f);
            observer.onProgress("Choosing the augmentation", f / (double) families.size(), "trying " + family
                    + " (" + (f + 1) + " of " + families.size() + ")");
            DifferentiableAugmentation augmentation = Augmentations.byFamily(family);
            MultiStartTuner trialTuner = new MultiStartTuner(augmentation, loss, detectorConfig, trialConfig);
            running.accept(trialTuner);
            trialTuner.requestExamples();
            double[] middle = StartingPoints.middle(augmentation.ranges());
            try (TrainedStart trained = trialTuner.trainFixed(middle, 0, data, trialListener(observer, family),
                    cancel)) {
                double[] all = scores.of(trained.detector(), train, scored, cancel);
                double novelty = Auroc.of(all, isProduction);
                double likeness = Auroc.of(scores.logits(trained.detector(), scored, cancel), isProduction);
                separations.put(family, new double[] {novelty, likeness});
                double separation = SELECTION_BY_LIKENESS ? likeness : novelty;
                productionScores.put(family, java.util.Arrays.copyOfRange(all, reference.size(), all.length));
                trials.add(new FamilyTrial(family, trained.run().finalHyperparameters(), 1 - separation));
            }
        }
        return new Outcome(decide(trials, reference.size(), production.size()), productionScores, separations);
    }

    /**
     * Judges the starts of a tuning as the trials are judged: one minus how well the start's detector ranks the
     * production images above the reference normals, with a memory bank of {@code normals} (never the references).
     *
     * @param seen receives each start's production image scores (evaluation checks them against labels)
     */
    static MultiStartTuner.StartJudge judge(ImageScores scores, List<Raster> normals, List<Raster> reference,
                                            List<Raster> production,
                                            java.util.function.BiConsumer<Integer, double[]> seen,
                                            CancellationToken cancel) {
        List<Raster> scored = new ArrayList<>(reference);
        scored.addAll(production);
        boolean[] isProduction = new boolean[scored.size()];
        java.util.Arrays.fill(isProduction, reference.size(), isProduction.length, true);
        return trained -> {
            double[] all = scores.of(trained.detector(), normals, scored, cancel);
            seen.accept(trained.run().start(), java.util.Arrays.copyOfRange(all, reference.size(), all.length));
            return 1 - Auroc.of(all, isProduction);
        };
    }

    /** The examples of a trial reach the live view; its steps are the search's, not a start's, so they do not. */
    private static TuningListener trialListener(TuneObserver observer, String family) {
        return new TuningListener() {
            @Override
            public void onExamples(io.augtune.project.AugmentationExamples examples) {
                observer.onExamples(examples);
            }
        };
    }

    /** Picks the trial with the lowest loss and says, in words, how sure that choice is. */
    static FamilyTrials decide(List<FamilyTrial> trials, int references, int productions) {
        FamilyTrial best = trials.get(0);
        for (FamilyTrial t : trials) {
            if (t.loss() < best.loss()) {
                best = t;
            }
        }
        double bestSeparation = 1 - best.loss();
        double chanceError = aurocError(0.5, productions, references);
        if (bestSeparation < 0.5 + NO_SIGNAL_ERRORS * chanceError) {
            FamilyTrial fallback = trials.get(0);
            return new FamilyTrials(fallback.family(), trials, false, String.format(Locale.ROOT,
                    "No kind of synthetic defect told the production images from held-back normal ones (best: %s, "
                            + "separation %.2f, where chance is 0.50 ± %.2f for %d production and %d normal "
                            + "images), so %s (the default) was kept: the production images look normal to every "
                            + "family tried.", best.family(), bestSeparation, chanceError, productions, references,
                    fallback.family()));
        }
        double error = aurocError(bestSeparation, productions, references);
        FamilyTrial runnerUp = null;
        for (FamilyTrial t : trials) {
            if (t != best && (runnerUp == null || t.loss() < runnerUp.loss())) {
                runnerUp = t;
            }
        }
        String kept = String.format(Locale.ROOT, "%s was kept: its detector told the production images from "
                + "held-back normal ones best (separation %.2f)", best.family(), bestSeparation);
        if (runnerUp != null && (runnerUp.loss() - best.loss()) < CLOSE_CALL_ERRORS * error) {
            return new FamilyTrials(best.family(), trials, false, String.format(Locale.ROOT,
                    "%s, but %s did almost as well (%.2f; the difference is within the noise of %d production and "
                            + "%d normal images, ± %.2f): a close call.", kept, runnerUp.family(),
                    1 - runnerUp.loss(), productions, references, error));
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
