package io.augtune.workflow;

import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.augment.HyperparameterRange;
import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.FrozenBackbone;
import io.augtune.evaluation.Auroc;
import io.augtune.evaluation.EvaluationJson;
import io.augtune.evaluation.EvaluationReport;
import io.augtune.evaluation.LabelledImages;
import io.augtune.evaluation.MvtecDataset;
import io.augtune.evaluation.PixelEvaluation;
import io.augtune.evaluation.Spearman;
import io.augtune.imaging.ImageFolder;
import io.augtune.common.Raster;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.ImageAspect;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.project.ProjectSettings;
import io.augtune.scoring.AnomalyMap;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.StartingPoints;
import io.augtune.tuning.TrainedStart;
import io.augtune.tuning.TuningConfig;
import io.augtune.tuning.TuningData;
import io.augtune.validation.ValidationLosses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "evaluate" use case: on a labelled MVTec-layout task, train the fixed, grid and tuned detectors on
 * the normal images, with the test images as unlabeled production data, and measure image AUROC. Labels are used
 * only after training, for the metric.
 */
public final class EvaluateJob {
    /** The methods that can be run. */
    public enum Method { FIXED, GRID, TUNED }

    /** What to evaluate. */
    public record Request(Path dataset, String defect, ProjectSettings settings, Set<Method> methods,
                          boolean diagnose) {
        public Request {
            methods = methods.isEmpty() ? EnumSet.noneOf(Method.class) : EnumSet.copyOf(methods);
        }
    }

    private final Request request;
    private DetectionPlan plan;
    /** What the family trials were judged on: the held-back normals, then the test images (as production). */
    private JudgedImages judgedTests;

    public EvaluateJob(Request request) {
        this.request = request;
    }

    /**
     * Writes {@code report} as JSON (atomically), and its tuning trajectories to {@code <file>.trajectories.csv}: the
     * CLI saves the outcome of this use case through it.
     */
    public static void writeJson(EvaluationReport report, Path file) throws IOException {
        EvaluationJson.write(report, file);
    }

    /** Runs the evaluation; what the front ends print and write. */
    public EvaluationSummary evaluate(TuneObserver observer, CancellationToken cancel) throws AugTuneException {
        return new EvaluationSummary(run(observer, cancel));
    }

    public EvaluationReport run(TuneObserver observer, CancellationToken cancel) throws AugTuneException {
        ProjectSettings s = request.settings();
        MvtecDataset dataset = MvtecDataset.open(request.dataset(), request.defect());
        if (!FamilySearch.AUTO.equals(s.family())) {
            TuneJob.family(s.family());
        }
        ImageAspect typical = ImageAspect.of(ImageFolder.list(dataset.normalFolder(), false)
                .images());
        plan = DetectionPlan.of(s, typical.width(), typical.height());
        LabelledImages images = LabelledImages.load(dataset, plan.imageWidth(), plan.imageHeight(), cancel,
                (phase, fraction, detail) -> observer.onProgress(phase, fraction, detail));
        if (plan.frozenLevel()) {
            return frozen(dataset, images, observer, cancel);
        }
        boolean auto = FamilySearch.AUTO.equals(s.family());
        long searchStart = System.nanoTime();
        FamilySearch.Outcome search = auto ? searchFamilies(images, observer, cancel) : null;
        double searchSeconds = seconds(searchStart);
        EvaluationReport report = evaluate(dataset, images, typical, TuneJob.family(search != null
                ? search.choice().chosen() : auto ? FamilySearch.FALLBACK : s.family()), observer, cancel);
        return search == null ? report : report.withFamilies(new EvaluationReport.Families(search.choice(),
                familyAurocs(search, images), searchSeconds));
    }

    /**
     * {@code --family auto}: the trials train on the normal images the product would train on and are scored against
     * the ones it holds back (as a tune would), with the test images as production.
     */
    private FamilySearch.Outcome searchFamilies(LabelledImages images, TuneObserver observer,
                                                CancellationToken cancel) {
        judgedTests = null;
        ProjectSettings s = request.settings();
        LabelledImages trained = plan.fused() ? images.resized(plan.trainedWidth(), plan.trainedHeight()) : images;
        NormalSplit split = NormalSplit.of(trained.normal(), FamilySearch.referenceImages(trained.normal().size(),
                s.holdoutFraction(), s.seed()));
        List<Raster> train = split.kept();
        List<Raster> reference = split.held();
        if (reference.size() < 2 || train.size() < 2) {
            return null;
        }
        judgedTests = JudgedImages.production(reference, trained.test());
        return FamilySearch.choose(ValidationLosses.byName(s.validationLoss()),
                RunPlan.detectorConfig(s, trained.channels()), RunPlan.trialConfig(s), train, judgedTests,
                trained.test(), trained.channels(), s.workingSize(), trialScores(), tuner -> { }, observer, cancel);
    }

    private TrialScores trialScores() {
        return plan.patchLevel() ? TrialScores.patchMaxima(plan.patches(), request.settings().seed())
                : TrialScores.wholeImage();
    }

    /** Each trial detector's image AUROC on the test labels: what the choice would have wanted to know. */
    private Map<String, Double> familyAurocs(FamilySearch.Outcome search, LabelledImages images) {
        Map<String, Double> out = new LinkedHashMap<>();
        search.scores().forEach((family, scores) -> out.put(family, Auroc.of(judgedTests.positiveScores(scores),
                images.anomalous())));
        return out;
    }

    private EvaluationReport evaluate(MvtecDataset dataset, LabelledImages images, ImageAspect typical,
                                      DifferentiableAugmentation augmentation, TuneObserver observer,
                                      CancellationToken cancel) throws AugTuneException {
        ProjectSettings s = request.settings();
        // Evaluation measures the method, not the machine: the budget plans the steps but never cuts a run short,
        // so figures do not depend on how busy the machine was.
        TuningConfig config = RunPlan.tuningConfig(s).withBudgetSeconds(0);
        MultiStartTuner tuner = new MultiStartTuner(augmentation, ValidationLosses.byName(s.validationLoss()),
                RunPlan.detectorConfig(s, images.channels()), config);
        if (plan.fused()) {
            // the baselines are patch detection's, on the trained detector's own image size
            LabelledImages trained = images.resized(plan.trainedWidth(), plan.trainedHeight());
            TuningData patches = new TuningData(trained.normal(), trained.test(), trained.channels(),
                    s.workingSize());
            EvaluationReport.Method fixed = request.methods().contains(Method.FIXED)
                    ? fixed(tuner, augmentation, patches, trained, observer, cancel) : EvaluationReport.Method.notRun();
            EvaluationReport.Grid grid = request.methods().contains(Method.GRID)
                    ? grid(tuner, augmentation, patches, trained, observer, cancel) : EvaluationReport.Grid.notRun();
            EvaluationReport.Diagnostics diagnostics = request.diagnose()
                    ? diagnose(tuner, grid, null, trained, s, observer, cancel) : null;
            return fused(dataset, images, typical, tuner, fixed, grid, diagnostics, observer, cancel);
        }
        TuningData data = new TuningData(images.normal(), images.test(), images.channels(), s.workingSize());
        Map<Integer, Double> startAurocs = new java.util.TreeMap<>();
        judgeStarts(tuner, images, startAurocs, cancel);
        boolean grid = request.methods().contains(Method.GRID);
        EvaluationReport.Method fixed = request.methods().contains(Method.FIXED)
                ? fixed(tuner, augmentation, data, images, observer, cancel) : EvaluationReport.Method.notRun();
        EvaluationReport.Grid gridResult = grid
                ? grid(tuner, augmentation, data, images, observer, cancel) : EvaluationReport.Grid.notRun();
        TunedOutcome tuned = request.methods().contains(Method.TUNED)
                ? tuned(tuner, data, images, dataset, observer, cancel) : null;
        EvaluationReport.Diagnostics diagnostics = request.diagnose()
                ? diagnose(tuner, gridResult, tuned, images, s, observer, cancel) : null;
        return new EvaluationReport(dataset.root().toString(), request.defect(), s.family(), s.validationLoss(),
                s.workingSize(),
                s.seed(), images.normal().size(), images.test().size(), images.anomalousCount(),
                images.skipped().size(), fixed, gridResult,
                tuned == null ? EvaluationReport.Method.notRun() : tuned.method(),
                tuned == null ? List.of() : tuned.runs(), diagnostics,
                tuned == null ? PixelEvaluation.Result.notRun() : tuned.pixels(), describe(plan, s))
                .withStartAurocs(startAurocs);
    }

    /**
     * The starts are judged as a tune judges them, against a quarter of the normal images (a tune's held-back ones);
     * here the detector trains on all normal images, those included, but the memory bank the judge scores with never
     * holds them. Each start's AUROC of the judged scores goes to {@code aurocs}.
     */
    private void judgeStarts(MultiStartTuner tuner, LabelledImages images, Map<Integer, Double> aurocs,
                             CancellationToken cancel) {
        ProjectSettings s = request.settings();
        NormalSplit split = NormalSplit.of(images.normal(), FamilySearch.referenceImages(images.normal().size(),
                s.holdoutFraction(), s.seed()));
        JudgedImages judged = JudgedImages.production(split.held(), images.test());
        if (judged.usable() && split.kept().size() >= 2) {
            tuner.judgedBy(FamilySearch.judge(trialScores(), split.kept(), judged, (start, scores) -> aurocs.put(start,
                    Auroc.of(judged.positiveScores(scores), images.anomalous())), cancel));
        }
    }

    /**
     * Frozen detection trains nothing, so only the "tuned" slot (the detector a user would get) is filled; fixed and
     * grid have no meaning without an augmentation to fix.
     */
    private EvaluationReport frozen(MvtecDataset dataset, LabelledImages images, TuneObserver observer,
                                    CancellationToken cancel) throws AugTuneException {
        ProjectSettings s = request.settings();
        observer.onProgress("Frozen features", -1, "memory bank of normal cells");
        long t0 = System.nanoTime();
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(images.normal(),
                FrozenBackbone.ofSetting(s.pretrainedFeatures()), plan.imageWidth(), plan.imageHeight(), s.seed(),
                cancel)) {
            double fit = seconds(t0);
            observer.onProgress("Heatmaps", -1, "scoring " + images.test().size() + " test images");
            long t1 = System.nanoTime();
            PixelEvaluation.Result pixels = PixelEvaluation.measure(localiser, images.test(), images, dataset,
                    cancel);
            double score = seconds(t1);
            EvaluationReport.Method method = new EvaluationReport.Method(pixels.imageAurocMap(), fit + score,
                    Map.of(), Double.NaN);
            String describe = String.format(java.util.Locale.ROOT, "%s; fit %.1f s on %d normal images, "
                    + "scoring %.1f s for %d test images", localiser.describe(), fit, images.normal().size(), score,
                    images.test().size());
            return new EvaluationReport(dataset.root().toString(), request.defect(), s.family(), s.validationLoss(),
                    s.workingSize(), s.seed(), images.normal().size(), images.test().size(),
                    images.anomalousCount(), images.skipped().size(), EvaluationReport.Method.notRun(),
                    EvaluationReport.Grid.notRun(), method, List.of(), null, pixels, describe);
        }
    }

    /**
     * Fused detection fills the "tuned" slot with the fused detector and adds its components; the fixed and grid
     * baselines are patch detection's (trained on every normal image).
     */
    private EvaluationReport fused(MvtecDataset dataset, LabelledImages images, ImageAspect typical,
                                   MultiStartTuner tuner, EvaluationReport.Method fixed, EvaluationReport.Grid grid,
                                   EvaluationReport.Diagnostics diagnostics, TuneObserver observer,
                                   CancellationToken cancel) throws AugTuneException {
        ProjectSettings s = request.settings();
        FusedEvaluation.Outcome o = request.methods().contains(Method.TUNED)
                ? FusedEvaluation.run(tuner, plan, typical, s, images, dataset, observer, cancel) : null;
        return new EvaluationReport(dataset.root().toString(), request.defect(), s.family(), s.validationLoss(),
                s.workingSize(), s.seed(), images.normal().size(), images.test().size(), images.anomalousCount(),
                images.skipped().size(), fixed, grid, o == null ? EvaluationReport.Method.notRun() : o.method(),
                o == null ? List.of() : o.runs(), diagnostics,
                o == null ? PixelEvaluation.Result.notRun() : o.pixels(),
                describe(plan, s) + (o == null ? "" : "; " + o.describe()),
                o == null ? Map.of() : o.components(), o == null ? Map.of() : o.rules(),
                o == null ? List.of() : o.images(), null, o == null ? Map.of() : o.startAurocs());
    }

    private EvaluationReport.Method fixed(MultiStartTuner tuner, DifferentiableAugmentation augmentation,
                                          TuningData data, LabelledImages images, TuneObserver observer,
                                          CancellationToken cancel) {
        observer.onProgress("Fixed", -1, "mid-range hyperparameters");
        long t0 = System.nanoTime();
        try (TrainedStart trained = tuner.trainFixed(StartingPoints.middle(augmentation.ranges()), 0, data,
                observer, cancel)) {
            double auroc = auroc(trained.detector(), images, cancel);
            return new EvaluationReport.Method(auroc, seconds(t0), trained.run().finalHyperparameters(),
                    trained.run().finalValidationLoss());
        }
    }

    private EvaluationReport.Grid grid(MultiStartTuner tuner, DifferentiableAugmentation augmentation,
                                       TuningData data, LabelledImages images, TuneObserver observer,
                                       CancellationToken cancel) {
        long t0 = System.nanoTime();
        List<HyperparameterRange> ranges = augmentation.ranges();
        List<double[]> points = StartingPoints.grid(ranges, ranges.size() == 1 ? 5 : 3);
        List<EvaluationReport.Method> results = new ArrayList<>();
        Map<String, List<Double>> lossesByName = new LinkedHashMap<>();
        int selected = -1;
        for (int i = 0; i < points.size(); i++) {
            observer.onProgress("Grid", i / (double) points.size(), "point " + (i + 1) + " of " + points.size());
            try (TrainedStart trained = tuner.trainFixed(points.get(i), i, data, observer, cancel)) {
                results.add(new EvaluationReport.Method(auroc(trained.detector(), images, cancel), Double.NaN,
                        trained.run().finalHyperparameters(), trained.run().finalValidationLoss()));
                for (String name : ValidationLosses.names()) {
                    lossesByName.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(tuner.finalLossUnder(ValidationLosses.byName(name), trained, data));
                }
            }
            if (selected < 0 || results.get(i).validationLoss() < results.get(selected).validationLoss()) {
                selected = i;
            }
        }
        return new EvaluationReport.Grid(results, selected, seconds(t0), lossesByName);
    }

    private record TunedOutcome(EvaluationReport.Method method, List<io.augtune.project.TuningRun> runs,
                                PixelEvaluation.Result pixels) {
    }

    private TunedOutcome tuned(MultiStartTuner tuner, TuningData data, LabelledImages images, MvtecDataset dataset,
                               TuneObserver observer, CancellationToken cancel) throws AugTuneException {
        observer.onProgress("Tuned", -1, "end-to-end tuning");
        long t0 = System.nanoTime();
        MultiStartTuner.Outcome outcome = tuner.run(data, observer, cancel);
        try (TrainedStart selected = outcome.selected()) {
            // patch detection: the image score is the map maximum, so one localiser gives both metrics
            PixelEvaluation.Result patchPixels = plan.patchLevel()
                    ? PixelEvaluation.measure(patchLocaliser(selected.detector(), images, cancel), images.test(),
                    images, dataset, cancel) : null;
            double auroc = patchPixels != null ? patchPixels.imageAurocMap() : auroc(selected.detector(), images,
                    cancel);
            EvaluationReport.Method method = new EvaluationReport.Method(auroc, seconds(t0),
                    selected.run().finalHyperparameters(), selected.run().finalValidationLoss());
            observer.onProgress("Heatmaps", -1, "pixel metrics of the tuned detector");
            PixelEvaluation.Result pixels = patchPixels != null ? patchPixels
                    : PixelEvaluation.ofDetector(selected.detector(), images, dataset, cancel);
            return new TunedOutcome(method, outcome.result().runs(), pixels);
        }
    }

    /**
     * Spearman over the grid and the sensitivity run. The "mixed" production set is exactly what the tuned method
     * tuned against (same data, config and seed, and the tuner is deterministic), so its result is reused when the
     * tuned method ran instead of tuning a second time.
     */
    private EvaluationReport.Diagnostics diagnose(MultiStartTuner tuner, EvaluationReport.Grid grid,
                                                  TunedOutcome tuned, LabelledImages images, ProjectSettings s,
                                                  TuneObserver observer, CancellationToken cancel) {
        // the sensitivity runs ask where tuning goes with other production images; the judge knows only the test set
        tuner.judgedBy(null);
        double[] losses = grid.points().stream().mapToDouble(EvaluationReport.Method::validationLoss).toArray();
        double[] aurocs = grid.points().stream().mapToDouble(EvaluationReport.Method::imageAuroc).toArray();
        Map<String, Map<String, Double>> sensitivity = new LinkedHashMap<>();
        Map<String, List<Raster>> productions = new LinkedHashMap<>();
        productions.put("normalOnly", images.testWithLabel(false));
        productions.put("defectOnly", images.testWithLabel(true));
        if (tuned == null) {
            productions.put("mixed", images.test());
        }
        for (Map.Entry<String, List<Raster>> e : productions.entrySet()) {
            observer.onProgress("Sensitivity", -1, "production = " + e.getKey());
            TuningData data = new TuningData(images.normal(), e.getValue(), images.channels(), s.workingSize());
            MultiStartTuner.Outcome outcome = tuner.run(data, observer, cancel);
            try (TrainedStart selected = outcome.selected()) {
                sensitivity.put(e.getKey(), selected.run().finalHyperparameters());
            }
        }
        if (tuned != null) {
            sensitivity.put("mixed", tuned.method().hyperparameters());
        }
        Map<String, Double> byLoss = new LinkedHashMap<>();
        grid.lossesByName().forEach((name, values) -> byLoss.put(name,
                spearman(values.stream().mapToDouble(Double::doubleValue).toArray(), aurocs)));
        double spearman = spearman(losses, aurocs);
        return new EvaluationReport.Diagnostics(spearman, sensitivity, byLoss);
    }

    /** Spearman's rho, or NaN when it is undefined (fewer than 2 points, or a loss that was not finite). */
    private static double spearman(double[] x, double[] y) {
        boolean finite = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(x), java.util.Arrays.stream(y))
                .allMatch(Double::isFinite);
        return x.length < 2 || !finite ? Double.NaN : Spearman.correlation(x, y);
    }

    /**
     * Image AUROC: of the maximum patch score for patch detection; else of Mahalanobis scores under the Gaussian of
     * the normal training embeddings.
     */
    private double auroc(Detector detector, LabelledImages images, CancellationToken cancel) {
        if (plan.patchLevel()) {
            double[] maxima = patchLocaliser(detector, images, cancel).maps(images.test(), cancel).stream()
                    .mapToDouble(AnomalyMap::max).toArray();
            return Auroc.of(maxima, images.anomalous());
        }
        return wholeImageAuroc(detector, images, cancel);
    }

    private static String describe(DetectionPlan plan, ProjectSettings s) {
        String features = s.pretrainedBackbone() ? ", on pretrained " + s.backbone() + " features" : "";
        if (!plan.patchLevel()) {
            return "image" + features;
        }
        PatchGrid g = plan.patches().grid();
        return "patches " + g.patch() + " px every " + g.stride() + " px of the image at " + g.width() + "x"
                + g.height() + " (" + g.count() + " per image), " + plan.patches().scorer() + features;
    }

    private PatchGridLocaliser patchLocaliser(Detector detector, LabelledImages images, CancellationToken cancel) {
        return PatchGridLocaliser.fit(detector, plan.patches(), images.normal(), request.settings().seed(), cancel);
    }

    /** Image AUROC of Mahalanobis scores under the Gaussian of the normal training embeddings. */
    static double wholeImageAuroc(Detector detector, LabelledImages images, CancellationToken cancel) {
        return Auroc.of(TrialScores.wholeImage().of(detector, images.normal(), images.test(), cancel),
                images.anomalous());
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
