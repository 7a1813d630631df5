package io.augtune.evaluation;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.common.Raster;
import io.augtune.localise.Embeddings;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.OcclusionLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.project.ProjectSettings;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.MapSmoothing;
import io.augtune.scoring.ThresholdProposal;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TuningData;
import io.augtune.validation.ValidationLosses;
import io.augtune.workflow.RunPlan;
import io.augtune.workflow.TuneJob;
import io.augtune.workflow.TuneObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Compares localisers on a labelled data set with masks, on one detector trained like {@code tune} (default
 * settings, 80 % of the normals; the other 20 % held back for the map threshold). Run only on request:
 * <pre>
 * ./mvnw -o -q -B test -Dtest=LocalisationBenchmarkRun -Daugtune.localisation=true \
 *   -Daugtune.localisation.dataset=../shared/datasets/kolektorsdd -Daugtune.localisation.size=64 \
 *   -Daugtune.localisation.detector=/tmp/kolektor-64 -Daugtune.localisation.variants=patch:1,occlusion:4
 * </pre>
 * The detector is trained once and kept in the given folder, so later runs compare localisers on the same one. It
 * takes the steps the budget plans but is never stopped by the clock, so a busy machine gives the same detector.
 * Variants: {@code patch:STAGE[:KX[xKY][:sSIGMA]]} (tile grid, K = K x K; map smoothing in positions),
 * {@code occlusion:STRIDE}. Prints its figures; asserts nothing.
 */
@EnabledIfSystemProperty(named = "augtune.localisation", matches = "true")
class LocalisationBenchmarkRun {
    private static final CancellationToken NONE = CancellationToken.none();
    /** Embedding image scores of the held-back normals and of the test images. */
    private static double[][] embedding;

    /** The same without JUnit, for a run from a copied class folder: system properties as above. */
    public static void main(String[] args) throws Exception {
        new LocalisationBenchmarkRun().printFigures();
    }

    @Test
    void printFigures() throws Exception {
        Path root = Path.of(System.getProperty("augtune.localisation.dataset"));
        int size = Integer.getInteger("augtune.localisation.size", 64);
        long seed = Long.getLong("augtune.localisation.seed", 42L);
        ProjectSettings settings = ProjectSettings.builder().workingSize(size).seed(seed).budgetSeconds(
                Integer.getInteger("augtune.localisation.budget", 90)).build();
        Path detectorDir = Path.of(System.getProperty("augtune.localisation.detector"));
        MvtecDataset dataset = MvtecDataset.open(root, null);
        long t0 = System.nanoTime();
        LabelledImages images = LabelledImages.load(dataset, size, NONE, (a, b, c) -> { });
        log("loaded %d normal, %d test images at %d px in %.1f s", images.normal().size(), images.test().size(),
                size, secs(t0));
        List<Integer> order = shuffled(images.normal().size(), seed);
        int held = (int) Math.round(settings.holdoutFraction() * order.size());
        List<Raster> holdout = pick(images.normal(), order.subList(0, held));
        List<Raster> train = pick(images.normal(), order.subList(held, order.size()));
        try (Detector detector = detector(detectorDir, settings, images, train)) {
            embedding = embeddingScores(detector, train, holdout, images);
            Inputs atWorkingSize = new Inputs(train, holdout, images.test());
            for (String variant : System.getProperty("augtune.localisation.variants", "patch:1").split(",")) {
                String[] p = variant.trim().split(":");
                int[] grid = grid(p);
                Inputs inputs = grid[0] * grid[1] == 1 ? atWorkingSize
                        : Inputs.load(dataset, grid[0] * size, grid[1] * size, images.channels(), order, held);
                run(p, grid, detector, dataset, images, atWorkingSize, inputs);
            }
        }
    }

    /** {@code patch:STAGE:KXxKY} or {@code patch:STAGE:K} (K x K) to a tile grid; 1 x 1 otherwise. */
    private static int[] grid(String[] p) {
        if (!p[0].equals("patch") || p.length < 3) {
            return new int[] {1, 1};
        }
        String[] k = p[2].split("x");
        return new int[] {Integer.parseInt(k[0]), Integer.parseInt(k[k.length - 1])};
    }

    /** Normal training, held-back and test rasters at a localiser's input size. */
    record Inputs(List<Raster> train, List<Raster> holdout, List<Raster> test) {
        static Inputs load(MvtecDataset dataset, int width, int height, int channels, List<Integer> order, int held)
                throws Exception {
            long t0 = System.nanoTime();
            List<Raster> normal = PixelEvaluation.atSize(dataset.normalFolder(), width, height, channels, NONE);
            List<Raster> test = new ArrayList<>();
            for (MvtecDataset.TestGroup g : dataset.testGroups()) {
                test.addAll(PixelEvaluation.atSize(g.folder(), width, height, channels, NONE));
            }
            log("loaded the images again at %dx%d px in %.1f s", width, height, secs(t0));
            return new Inputs(pick(normal, order.subList(held, order.size())), pick(normal, order.subList(0, held)),
                    test);
        }
    }

    private static Detector detector(Path dir, ProjectSettings s, LabelledImages images, List<Raster> train)
            throws Exception {
        if (Files.isDirectory(dir)) {
            log("detector loaded from %s", dir);
            return Detector.load(dir);
        }
        long t0 = System.nanoTime();
        MultiStartTuner tuner = new MultiStartTuner(TuneJob.family(s.family()),
                ValidationLosses.byName(s.validationLoss()), RunPlan.detectorConfig(s, images.channels()),
                RunPlan.tuningConfig(s).withBudgetSeconds(0)); // planned steps of the budget, no clock cap

        MultiStartTuner.Outcome outcome = tuner.run(new TuningData(train, images.test(), images.channels(),
                s.workingSize()), TuneObserver.NONE, NONE);
        log("tuned in %.1f s: %s, %d trajectory points", secs(t0),
                outcome.result().selected().finalHyperparameters(), outcome.result().selected().trajectory().size());
        outcome.selected().detector().save(dir);
        return outcome.selected().detector();
    }

    /** Image scores of the embedding Gaussian: {held-back normals, test images}. */
    private static double[][] embeddingScores(Detector detector, List<Raster> train, List<Raster> holdout,
                                              LabelledImages images) {
        GaussianModel g = GaussianModel.fit(Embeddings.toDoubles(detector.embedRasters(train, NONE)));
        double[] scores = g.mahalanobis(Embeddings.toDoubles(detector.embedRasters(images.test(), NONE)));
        log("image AUROC of the embedding score: %.4f", Auroc.of(scores, images.anomalous()));
        return new double[][] {g.mahalanobis(Embeddings.toDoubles(detector.embedRasters(holdout, NONE))), scores};
    }

    /**
     * Image AUROC of the mean of both image scores, each standardised by the held-back normals' mean and standard
     * deviation: a label-free blend.
     */
    private static double blendAuroc(double[] normalMaxima, double[] testMaxima, LabelledImages images) {
        double[] a = standardised(embedding[0], embedding[1]);
        double[] b = standardised(normalMaxima, testMaxima);
        double[] blend = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            blend[i] = (a[i] + b[i]) / 2;
        }
        return Auroc.of(blend, images.anomalous());
    }

    private static double[] standardised(double[] normals, double[] values) {
        double mean = java.util.Arrays.stream(normals).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(normals).map(v -> (v - mean) * (v - mean)).sum()
                / (normals.length - 1));
        return java.util.Arrays.stream(values).map(v -> (v - mean) / sd).toArray();
    }

    private static void run(String[] p, int[] grid, Detector detector, MvtecDataset dataset, LabelledImages images,
                            Inputs working, Inputs in) throws Exception {
        long t0 = System.nanoTime();
        Localiser localiser = switch (p[0]) {
            case "patch" -> PatchLocaliser.fit(detector, LocaliserSpec.patchGaussian(Integer.parseInt(p[1]), grid),
                    in.train(), NONE);
            case "occlusion" -> new OcclusionLocaliser(detector, GaussianModel.fit(Embeddings.toDoubles(
                    detector.embedRasters(working.train(), NONE))), OcclusionLocaliser.meanImage(working.train()),
                    Integer.parseInt(p[1]));
            default -> throw new IllegalArgumentException(String.join(":", p));
        };
        double sigma = p.length > 3 && p[3].startsWith("s") ? Double.parseDouble(p[3].substring(1)) : 0;
        if (sigma > 0) {
            localiser = new Smoothed(localiser, sigma);
        }
        List<Raster> holdIn = in.holdout();
        List<Raster> testIn = in.test();
        double fitSeconds = secs(t0);
        t0 = System.nanoTime();
        List<AnomalyMap> normalMaps = localiser.maps(holdIn, NONE);
        Candidates thresholds = Candidates.of(normalMaps);
        ThresholdCheck check = new ThresholdCheck(thresholds.values());
        PixelEvaluation.Result r = PixelEvaluation.measure(localiser, testIn, images, dataset, NONE, check);
        log("%-34s pixelAUROC %.4f  AUPRO %.4f  F1max %.4f  imageAUROC(max map) %.4f  fit %.1f s  maps %.1f s "
                        + "(%d test + %d held-back images)", localiser.describe(), r.pixelAuroc(), r.aupro(),
                r.f1Max(), r.imageAurocMap(), fitSeconds, secs(t0), testIn.size(), holdIn.size());
        check.print(thresholds, images);
        double[] testMaxima = localiser.maps(testIn, NONE).stream().mapToDouble(AnomalyMap::max).toArray();
        log("    image AUROC of the standardised blend of embedding score and max map score: %.4f",
                blendAuroc(normalMaps.stream().mapToDouble(AnomalyMap::max).toArray(), testMaxima, images));
    }

    /** A localiser whose coarse maps are smoothed. */
    record Smoothed(Localiser inner, double sigma) implements Localiser {
        @Override
        public int inputWidth() {
            return inner.inputWidth();
        }

        @Override
        public int inputHeight() {
            return inner.inputHeight();
        }

        @Override
        public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
            return inner.maps(prepared, cancel).stream().map(m -> MapSmoothing.gaussian(m, sigma)).toList();
        }

        @Override
        public String describe() {
            return inner.describe() + " smoothed " + sigma;
        }
    }

    /** Label-free map-threshold candidates from held-back normal maps. */
    record Candidates(double maxP99, double pixelP9999, double pixelP999, double pixelP99, double median) {
        static Candidates of(List<AnomalyMap> maps) {
            double[] maxima = maps.stream().mapToDouble(AnomalyMap::max).toArray();
            int n = maps.get(0).values().length;
            double[] all = new double[maps.size() * n];
            for (int i = 0; i < maps.size(); i++) {
                System.arraycopy(maps.get(i).values(), 0, all, i * n, n);
            }
            return new Candidates(ThresholdProposal.fromNormalScores(maxima, 99).value(),
                    ThresholdProposal.fromNormalScores(all, 99.99).value(),
                    ThresholdProposal.fromNormalScores(all, 99.9).value(),
                    ThresholdProposal.fromNormalScores(all, 99).value(),
                    ThresholdProposal.fromNormalScores(all, 50).value());
        }

        double[] values() {
            return new double[] {maxP99, pixelP9999, pixelP999, pixelP99};
        }
    }

    /** Pixel F1 at fixed thresholds, and how many good test images get any pixel above them. */
    static final class ThresholdCheck implements PixelEvaluation.MapListener {
        private final double[] thresholds;
        private final long[] tp;
        private final long[] fp;
        private final long[] fn;
        private final int[] goodWithRegion;
        private final int[] defectHit;

        ThresholdCheck(double[] thresholds) {
            this.thresholds = thresholds;
            tp = new long[thresholds.length];
            fp = new long[thresholds.length];
            fn = new long[thresholds.length];
            goodWithRegion = new int[thresholds.length];
            defectHit = new int[thresholds.length];
        }

        @Override
        public void onMap(int index, AnomalyMap map, GroundTruthMasks.Mask mask) {
            boolean anyDefect = false;
            for (boolean b : mask.pixels()) {
                anyDefect |= b;
            }
            for (int t = 0; t < thresholds.length; t++) {
                boolean anyAbove = false;
                boolean hit = false;
                for (int i = 0; i < mask.pixels().length; i++) {
                    boolean above = map.values()[i] > thresholds[t];
                    anyAbove |= above;
                    if (above && mask.pixels()[i]) {
                        tp[t]++;
                        hit = true;
                    } else if (above) {
                        fp[t]++;
                    } else if (mask.pixels()[i]) {
                        fn[t]++;
                    }
                }
                if (!anyDefect && anyAbove) {
                    goodWithRegion[t]++;
                }
                if (anyDefect && hit) {
                    defectHit[t]++;
                }
            }
        }

        void print(Candidates c, LabelledImages images) {
            String[] names = {"p99 of held-back maxima", "p99.99 of held-back pixels", "p99.9 of held-back pixels",
                "p99 of held-back pixels"};
            int good = images.test().size() - images.anomalousCount();
            for (int t = 0; t < thresholds.length; t++) {
                double f1 = 2.0 * tp[t] / (2.0 * tp[t] + fp[t] + fn[t]);
                log("    map threshold %-27s = %8.3f: pixel F1 %.4f, good test images with a region %d/%d, "
                                + "defects hit %d/%d", names[t], thresholds[t], f1, goodWithRegion[t], good,
                        defectHit[t], images.anomalousCount());
            }
            log("    median of held-back pixels = %.3f", c.median());
        }
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        return order;
    }

    private static List<Raster> pick(List<Raster> all, List<Integer> indices) {
        List<Raster> out = new ArrayList<>();
        for (int i : indices) {
            out.add(all.get(i));
        }
        return out;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println("LOCALISATION " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
