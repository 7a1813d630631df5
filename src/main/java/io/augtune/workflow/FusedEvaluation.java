package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.engine.Detector;
import io.augtune.engine.FrozenBackbone;
import io.augtune.evaluation.Auroc;
import io.augtune.evaluation.EvaluationReport;
import io.augtune.evaluation.LabelledImages;
import io.augtune.evaluation.MvtecDataset;
import io.augtune.evaluation.PixelEvaluation;
import io.augtune.common.Raster;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.ImageAspect;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.NormalSpread;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.model.HoldoutSplit;
import io.augtune.model.Scorer;
import io.augtune.project.ProjectSettings;
import io.augtune.project.TuningRun;
import io.augtune.scoring.AnomalyMap;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TrainedStart;
import io.augtune.tuning.TuningData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code evaluate} of fused detection, as a user's tune would make it: the normal images split as the product splits
 * them (training and held back), the augmentation tuned against the test images as production, the tuned patch
 * detector, frozen features and global term fitted on the training part and put on one scale by the held-back part.
 * Besides the fused detector's metrics it measures every component alone and several fusion rules on the same maps,
 * so one run says what each part contributes and which rule ranks best.
 */
final class FusedEvaluation {
    private static final int CHUNK = 16;

    /** What the run measured. */
    record Outcome(EvaluationReport.Method method, List<TuningRun> runs, PixelEvaluation.Result pixels,
                   Map<String, EvaluationReport.Component> components, Map<String, Double> rules, String describe,
                   List<EvaluationReport.ScoredImage> images, Map<Integer, Double> startAurocs) {
    }

    private FusedEvaluation() {
    }

    /**
     * @param images the task's images at {@code plan.imageWidth() x plan.imageHeight()}
     * @param typical the typical normal image's size (for a whole-image detector's tile grid)
     */
    static Outcome run(MultiStartTuner tuner, DetectionPlan plan, ImageAspect typical, ProjectSettings s,
                       LabelledImages images, MvtecDataset dataset, TuneObserver observer, CancellationToken cancel)
            throws UnusableInputException {
        long t0 = System.nanoTime();
        NormalSplit split = NormalSplit.of(images.normal(), HoldoutSplit.heldBack(images.normal().size(),
                s.holdoutFraction(), s.seed()));
        List<Raster> train = split.kept();
        List<Raster> holdout = split.held();
        if (holdout.isEmpty()) {
            throw new UnusableInputException("fused detection needs at least " + HoldoutSplit.MIN_IMAGES_FOR_HOLDOUT
                    + " normal images and a holdout fraction above 0 to put its parts on one scale");
        }
        List<Raster> test = images.test();
        List<Raster> testTrained = Scorer.atSize(test, plan.trainedWidth(), plan.trainedHeight());
        TuningData data = new TuningData(Scorer.atSize(train, plan.trainedWidth(), plan.trainedHeight()),
                testTrained, images.channels(), s.workingSize());
        observer.onProgress("Tuned", -1, "end-to-end tuning");
        // the starts are judged as a tune judges them: production (the test images) against the held-back normals
        Map<Integer, Double> startAurocs = new java.util.TreeMap<>();
        JudgedImages judged = JudgedImages.production(Scorer.atSize(holdout, plan.trainedWidth(),
                plan.trainedHeight()), testTrained);
        if (judged.usable()) {
            tuner.judgedBy(FamilySearch.judge(plan.patchLevel() ? TrialScores.patchMaxima(plan.patches(), s.seed())
                    : TrialScores.wholeImage(), Scorer.atSize(train, plan.trainedWidth(), plan.trainedHeight()),
                    judged, (start, scores) -> startAurocs.put(start, Auroc.of(judged.positiveScores(scores),
                            images.anomalous())), cancel));
        }
        MultiStartTuner.Outcome outcome = tuner.run(data, observer, cancel);
        try (TrainedStart selected = outcome.selected()) {
            observer.onProgress("Fusion", -1, "tuned patches, frozen features and global term");
            Localiser tuned = tunedLocaliser(selected.detector(), plan, typical, s, train, cancel);
            DetectionPlan.FrozenSize size = plan.frozen();
            FrozenPatchLocaliser frozen = FrozenPatchLocaliser.fit(Scorer.atSize(train, size.width(), size.height()),
                    FrozenBackbone.ofSetting(s.pretrainedFeatures()), size.width(), size.height(), s.seed(), cancel);
            FusedLocaliser.Calibrated calibrated = FusedLocaliser.calibrate(List.of(
                            FusedLocaliser.Part.uncalibrated(FusedLocaliser.TUNED, tuned),
                            FusedLocaliser.Part.uncalibrated(FusedLocaliser.FROZEN, frozen)),
                    FusedLocaliser.GlobalTerm.fit(train), holdout, cancel);
            try (FusedLocaliser fused = calibrated.localiser()) {
                List<FusedLocaliser.Scored> scored = new ArrayList<>();
                for (int from = 0; from < test.size(); from += CHUNK) {
                    observer.onProgress("Fusion", from / (double) test.size(), "scoring the test images");
                    scored.addAll(fused.score(test.subList(from, Math.min(test.size(), from + CHUNK)), cancel));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                PixelEvaluation.Result pixels = PixelEvaluation.ofMaps(scored.stream()
                        .map(FusedLocaliser.Scored::map).toList(), images, dataset);
                EvaluationReport.Method method = new EvaluationReport.Method(auroc(scored,
                        FusedLocaliser.Scored::score, images.anomalous()), seconds,
                        selected.run().finalHyperparameters(), selected.run().finalValidationLoss());
                return new Outcome(method, outcome.result().runs(), pixels,
                        components(scored, images, dataset), rules(fused, scored, images.anomalous()),
                        fused.describe() + String.format(java.util.Locale.ROOT, "; %d normal images for training, "
                                + "%d held back, %.1f s for %d test images", train.size(), holdout.size(), seconds,
                                test.size()), perImage(calibrated.normals(), scored, images), startAurocs);
            }
        }
    }

    private static List<EvaluationReport.ScoredImage> perImage(List<FusedLocaliser.Scored> heldBack,
                                                               List<FusedLocaliser.Scored> test, LabelledImages images) {
        List<EvaluationReport.ScoredImage> out = new ArrayList<>();
        for (FusedLocaliser.Scored s : heldBack) {
            out.add(new EvaluationReport.ScoredImage(true, "good", false, s.score(), s.map().max(), s.components()));
        }
        for (int i = 0; i < test.size(); i++) {
            FusedLocaliser.Scored s = test.get(i);
            out.add(new EvaluationReport.ScoredImage(false, images.groups().get(i), images.anomalous()[i], s.score(),
                    s.map().max(), s.components()));
        }
        return out;
    }

    /** The trained detector's localiser, fitted on the training normals as the product fits it. */
    private static Localiser tunedLocaliser(Detector detector, DetectionPlan plan, ImageAspect typical,
                                            ProjectSettings s, List<Raster> train, CancellationToken cancel) {
        if (plan.patchLevel()) {
            return PatchGridLocaliser.fit(detector, plan.patches(), Scorer.atSize(train, plan.trainedWidth(),
                    plan.trainedHeight()), s.seed(), cancel);
        }
        LocaliserSpec spec = LocaliserSpec.defaultFor(s.workingSize(), typical.width(), typical.height());
        return PatchLocaliser.fit(detector, spec, Scorer.atSize(train, spec.tilesX() * s.workingSize(),
                spec.tilesY() * s.workingSize()), cancel);
    }

    /**
     * Each part alone: its image score as the fusion reads it (its z) and its own map; and the global term alone
     * (image AUROC only: it has no map).
     */
    private static Map<String, EvaluationReport.Component> components(List<FusedLocaliser.Scored> scored,
                                                                      LabelledImages images, MvtecDataset dataset)
            throws UnusableInputException {
        Map<String, EvaluationReport.Component> out = new LinkedHashMap<>();
        for (String part : scored.get(0).partMaps().keySet()) {
            PixelEvaluation.Result r = PixelEvaluation.ofMaps(scored.stream().map(x -> x.partMaps().get(part))
                    .toList(), images, dataset);
            out.put(part, new EvaluationReport.Component(auroc(scored, x -> x.components().get(part),
                    images.anomalous()), r.pixelAuroc()));
        }
        if (scored.get(0).components().containsKey(FusedLocaliser.GLOBAL)) {
            out.put(FusedLocaliser.GLOBAL, new EvaluationReport.Component(auroc(scored,
                    x -> x.components().get(FusedLocaliser.GLOBAL), images.anomalous()), Double.NaN));
        }
        return out;
    }

    /**
     * Image AUROC of candidate fusion rules on the same maps: the maps added (the product's rule) with and without the
     * global term, with the global z added whole instead of its excess over the normal range, the image z-scores
     * added, and the largest z-score.
     */
    private static Map<String, Double> rules(FusedLocaliser fused, List<FusedLocaliser.Scored> scored,
                                             boolean[] anomalous) {
        List<NormalSpread> spreads = fused.parts().stream().map(FusedLocaliser.Part::spread).toList();
        FusedLocaliser.GlobalTerm g = fused.global();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("mapSum+globalExcess", auroc(scored, x -> x.map().max(), anomalous));
        out.put("zSum+globalExcess (default)", auroc(scored, FusedLocaliser.Scored::score, anomalous));
        out.put("mapSum", auroc(scored, x -> FusedLocaliser.fuse(List.copyOf(x.partMaps().values()), spreads, 0)
                .max(), anomalous));
        out.put("mapSum+global", auroc(scored, x -> FusedLocaliser.fuse(List.copyOf(x.partMaps().values()), spreads,
                globalZ(x)).max(), anomalous));
        out.put("zSum+globalExcess", auroc(scored, x -> partZ(x, fused).stream().mapToDouble(Double::doubleValue)
                .sum() + excess(x, g), anomalous));
        out.put("zSum", auroc(scored, x -> partZ(x, fused).stream().mapToDouble(Double::doubleValue).sum(),
                anomalous));
        out.put("zMax+global", auroc(scored, x -> Math.max(globalZ(x), partZ(x, fused).stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow()), anomalous));
        for (FusedLocaliser.Part p : fused.parts()) {
            out.put(p.name() + "+globalExcess", auroc(scored, x -> x.components().get(p.name()) + excess(x, g),
                    anomalous));
        }
        return out;
    }

    private static List<Double> partZ(FusedLocaliser.Scored x, FusedLocaliser fused) {
        return fused.parts().stream().map(p -> x.components().get(p.name())).toList();
    }

    private static double globalZ(FusedLocaliser.Scored x) {
        return x.components().getOrDefault(FusedLocaliser.GLOBAL, 0.0);
    }

    private static double excess(FusedLocaliser.Scored x, FusedLocaliser.GlobalTerm g) {
        return g == null ? 0 : Math.max(0, globalZ(x) - g.spread().top());
    }

    private static double auroc(List<FusedLocaliser.Scored> scored, ToDoubleFunction<FusedLocaliser.Scored> score,
                                boolean[] anomalous) {
        return Auroc.of(scored.stream().mapToDouble(score).toArray(), anomalous);
    }
}
