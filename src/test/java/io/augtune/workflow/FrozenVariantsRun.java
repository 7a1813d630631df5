package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.evaluation.Auroc;
import io.augtune.evaluation.LabelledImages;
import io.augtune.evaluation.MvtecDataset;
import io.augtune.imaging.ImageFolder;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.ImageAspect;
import io.augtune.project.ProjectSettings;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapSmoothing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Design choices of frozen patch detection compared on one labelled task, with every image described once: bank
 * size and how it is chosen, which feature layers, map smoothing and the image score. Image AUROC only. Run only on
 * request, one thread (src/site/markdown/method-and-measurements.md):
 * <pre>
 * OMP_NUM_THREADS=1 ./mvnw -q test -Dtest=FrozenVariantsRun -Daugtune.frozen=true \
 *   -Daugtune.frozen.dataset=DATASETS/kolektorsdd -Daugtune.frozen.size=224 -Daugtune.frozen.seed=42
 * </pre>
 * With {@code -Daugtune.frozen.fusion=true} it measures a global term and its fusion instead ({@link #compareFusion}).
 */
@EnabledIfSystemProperty(named = "augtune.frozen", matches = "true")
class FrozenVariantsRun {
    private static final CancellationToken NONE = CancellationToken.none();

    /** The task the system properties name, read at the frozen size its working size gives. */
    private record Task(Path root, long seed, DetectionPlan plan, LabelledImages images) {
        static Task fromProperties() throws Exception {
            Path root = Path.of(System.getProperty("augtune.frozen.dataset"));
            int size = Integer.getInteger("augtune.frozen.size", 224);
            MvtecDataset dataset = MvtecDataset.open(root, null);
            ImageAspect typical = ImageAspect.of(ImageFolder.list(dataset.normalFolder(), false).images());
            DetectionPlan plan = DetectionPlan.of(ProjectSettings.builder()
                    .detection(ProjectSettings.DETECTION_FROZEN).workingSize(size).build(), typical.width(),
                    typical.height());
            return new Task(root, Long.getLong("augtune.frozen.seed", 42L), plan, LabelledImages.load(dataset,
                    plan.imageWidth(), plan.imageHeight(), NONE, (p, f, d) -> { }));
        }
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "augtune.frozen.fusion", matches = "true")
    void compareVariants() throws Exception {
        Task task = Task.fromProperties();
        Path root = task.root();
        long seed = task.seed();
        DetectionPlan plan = task.plan();
        LabelledImages images = task.images();
        int columns = FrozenPatchFeatures.columns(plan.imageWidth());
        int rows = FrozenPatchFeatures.rows(plan.imageHeight());
        List<float[][]> normal;
        List<float[][]> test;
        long t0 = System.nanoTime();
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.MOBILENETV2)) {
            normal = features.describe(images.normal(), NONE);
            test = features.describe(images.test(), NONE);
        }
        log("%s at %dx%d: described %d + %d images in %.1f s", root, plan.imageWidth(), plan.imageHeight(),
                normal.size(), test.size(), (System.nanoTime() - t0) / 1e9);
        String[] layers = System.getProperty("augtune.frozen.layers", "both,shallow,deep").split(",");
        String[] banks = System.getProperty("augtune.frozen.banks", "coreset:10000:100000,random:20000,"
                + "coreset:20000:200000").split(",");
        for (String layer : layers) {
            int from = layer.equals("deep") ? 32 : 0;
            int to = layer.equals("shallow") ? 32 : 128;
            List<float[][]> n = slice(normal, from, to);
            List<float[][]> t = slice(test, from, to);
            if (layer.startsWith("balanced")) {
                // each layer's part scaled to a mean norm of 1 over the normal cells, times an optional weight of
                // the deep part ("balanced:0.5")
                double deepWeight = layer.contains(":") ? Double.parseDouble(layer.split(":")[1]) : 1;
                double[] scale = {1 / meanNorm(normal, 0, 32), deepWeight / meanNorm(normal, 32, 128)};
                log("mean norms: shallow %.3f, deep %.3f", 1 / scale[0], deepWeight / scale[1]);
                n = scaled(normal, scale);
                t = scaled(test, scale);
            }
            for (String bankSpec : banks) {
                long b0 = System.nanoTime();
                PatchMemoryBank bank = bank(bankSpec, n, seed);
                double fit = (System.nanoTime() - b0) / 1e9;
                long s0 = System.nanoTime();
                List<double[]> distances = new ArrayList<>();
                for (float[][] cells : t) {
                    distances.add(bank.nearestDistances(cells, NONE));
                }
                double score = (System.nanoTime() - s0) / 1e9;
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-22s fit %5.1f s score "
                        + "%5.1f s |", layer, bankSpec, fit, score));
                for (double sigma : new double[] {0, 0.5, 1, 2}) {
                    double[] max = new double[t.size()];
                    double[] top = new double[t.size()];
                    for (int i = 0; i < t.size(); i++) {
                        AnomalyMap m = MapSmoothing.gaussian(new AnomalyMap(columns, rows, distances.get(i)), sigma);
                        max[i] = m.max();
                        top[i] = topMean(m.values(), 10);
                    }
                    line.append(String.format(Locale.ROOT, " s%.1f max %.4f top10 %.4f |", sigma,
                            Auroc.of(max, images.anomalous()), Auroc.of(top, images.anomalous())));
                }
                log("%s", line);
            }
        }
    }

    /**
     * Issue #14 part 5, measured before it is built: a global term (the distance of an image's mean cell descriptor
     * to the nearest training normal's) next to the local one (the map maximum), each normalised by its mean and
     * standard deviation over held-back normals (20 %, seeded), fused by the larger or the sum of the two. The bank
     * holds the training normals only, so the held-back scores are honest. Production layers (balanced, deep 0.5).
     */
    @Test
    @EnabledIfSystemProperty(named = "augtune.frozen.fusion", matches = "true")
    void compareFusion() throws Exception {
        Task task = Task.fromProperties();
        Path root = task.root();
        long seed = task.seed();
        DetectionPlan plan = task.plan();
        LabelledImages images = task.images();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < images.normal().size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int held = (int) Math.round(0.2 * order.size());
        List<io.augtune.common.Raster> train = new ArrayList<>();
        List<io.augtune.common.Raster> holdout = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            (i < held ? holdout : train).add(images.normal().get(order.get(i)));
        }
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(train, FrozenBackbone.MOBILENETV2,
                plan.imageWidth(), plan.imageHeight(), seed, NONE)) {
            double[][] trainMeans = localiser.meanDescriptors(train, NONE);
            double[] localHeld = maxima(localiser.maps(holdout, NONE));
            double[] localTest = maxima(localiser.maps(images.test(), NONE));
            double[] globalHeld = nearest(localiser.meanDescriptors(holdout, NONE), trainMeans);
            double[] globalTest = nearest(localiser.meanDescriptors(images.test(), NONE), trainMeans);
            double[] zLocal = standardised(localTest, localHeld);
            double[] zGlobal = standardised(globalTest, globalHeld);
            double[] fusedMax = new double[zLocal.length];
            double[] fusedSum = new double[zLocal.length];
            for (int i = 0; i < zLocal.length; i++) {
                fusedMax[i] = Math.max(zLocal[i], zGlobal[i]);
                fusedSum[i] = zLocal[i] + zGlobal[i];
            }
            boolean[] a = images.anomalous();
            log("%s at %dx%d, %d train + %d held-back normals: local %.4f global %.4f fused-max %.4f fused-sum "
                    + "%.4f", root, plan.imageWidth(), plan.imageHeight(), train.size(), holdout.size(),
                    Auroc.of(localTest, a), Auroc.of(globalTest, a), Auroc.of(fusedMax, a), Auroc.of(fusedSum, a));
        }
    }

    private static double[] maxima(List<AnomalyMap> maps) {
        return maps.stream().mapToDouble(AnomalyMap::max).toArray();
    }

    /** Distance of each vector to its nearest reference. */
    private static double[] nearest(double[][] queries, double[][] references) {
        double[] out = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] r : references) {
                double d = 0;
                for (int j = 0; j < r.length; j++) {
                    d += (queries[i][j] - r[j]) * (queries[i][j] - r[j]);
                }
                best = Math.min(best, d);
            }
            out[i] = Math.sqrt(best);
        }
        return out;
    }

    /** (x - mean) / sd of the reference scores. */
    private static double[] standardised(double[] x, double[] reference) {
        double mean = Arrays.stream(reference).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(reference).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        return Arrays.stream(x).map(v -> (v - mean) / Math.max(sd, 1e-12)).toArray();
    }

    private static PatchMemoryBank bank(String spec, List<float[][]> normal, long seed) {
        String[] p = spec.split(":");
        int capacity = Integer.parseInt(p[1]);
        int candidates = p.length > 2 ? Integer.parseInt(p[2]) : capacity;
        Random random = new Random(seed);
        int perImage = Math.max(1, candidates / normal.size());
        List<float[]> chosen = new ArrayList<>();
        for (float[][] cells : normal) {
            float[][] copy = cells.clone();
            for (int i = 0; i < Math.min(perImage, copy.length); i++) {
                int j = i + random.nextInt(copy.length - i);
                float[] tmp = copy[i];
                copy[i] = copy[j];
                copy[j] = tmp;
                chosen.add(copy[i]);
            }
        }
        float[][] all = chosen.toArray(new float[0][]);
        return p[0].equals("random") ? new PatchMemoryBank(all)
                : PatchMemoryBank.coreset(all, capacity, seed, 32, NONE);
    }

    private static List<float[][]> slice(List<float[][]> images, int from, int to) {
        if (from == 0 && to == 128) {
            return images;
        }
        List<float[][]> out = new ArrayList<>();
        for (float[][] cells : images) {
            float[][] s = new float[cells.length][];
            for (int i = 0; i < cells.length; i++) {
                s[i] = Arrays.copyOfRange(cells[i], from, to);
            }
            out.add(s);
        }
        return out;
    }

    private static double meanNorm(List<float[][]> images, int from, int to) {
        double sum = 0;
        long count = 0;
        for (float[][] cells : images) {
            for (float[] c : cells) {
                double sq = 0;
                for (int j = from; j < to; j++) {
                    sq += c[j] * c[j];
                }
                sum += Math.sqrt(sq);
                count++;
            }
        }
        return sum / count;
    }

    private static List<float[][]> scaled(List<float[][]> images, double[] scale) {
        List<float[][]> out = new ArrayList<>();
        for (float[][] cells : images) {
            float[][] s = new float[cells.length][128];
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < 128; j++) {
                    s[i][j] = (float) (cells[i][j] * scale[j < 32 ? 0 : 1]);
                }
            }
            out.add(s);
        }
        return out;
    }

    private static double topMean(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += sorted[sorted.length - 1 - i];
        }
        return sum / k;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
