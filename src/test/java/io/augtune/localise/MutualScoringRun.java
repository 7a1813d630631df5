package io.augtune.localise;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.FrozenBackbone;
import io.augtune.evaluation.Auroc;
import io.augtune.evaluation.LabelledImages;
import io.augtune.evaluation.MvtecDataset;
import io.augtune.imaging.ImageFolder;
import io.augtune.model.HoldoutSplit;
import io.augtune.project.ProjectSettings;
import io.augtune.scoring.AnomalyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measurement, not a test (issue #14): do the unlabelled production images help score each other? Most production
 * parts are good, so a cell of a good part usually has a near twin in several other production images, while a defect's
 * cells are rare (the mutual scoring of MuSc, Li et al., ICLR 2024). A cell's mutual score is the mean of its k
 * smallest per-image nearest distances to the other production images; it is compared with, and combined with, the
 * distance to the normal memory bank. The frozen part is fitted as the product fits it (80 % of the normals; the
 * held-back 20 % give each score's normal spread). Run on demand, one thread:
 * <pre>
 * OMP_NUM_THREADS=1 ./mvnw -q test -Dtest=MutualScoringRun -Daugtune.mutual=true \
 *   -Daugtune.mutual.dataset=DATASETS/kolektorsdd -Daugtune.mutual.seed=42
 * </pre>
 */
@EnabledIfSystemProperty(named = "augtune.mutual", matches = "true")
class MutualScoringRun {
    private static final CancellationToken NONE = CancellationToken.none();
    private static final int REFERENCES_PER_CHUNK = 8;

    @Test
    void compareMutualScoring() throws Exception {
        Path root = Path.of(System.getProperty("augtune.mutual.dataset"));
        long seed = Long.getLong("augtune.mutual.seed", 42L);
        MvtecDataset dataset = MvtecDataset.open(root, null);
        ImageAspect typical = ImageAspect.of(ImageFolder.list(dataset.normalFolder(), false).images());
        DetectionPlan plan = DetectionPlan.of(ProjectSettings.builder().detection(ProjectSettings.DETECTION_FROZEN).workingSize(224)
                .build(), typical.width(), typical.height());
        LabelledImages images = LabelledImages.load(dataset, plan.imageWidth(), plan.imageHeight(), NONE,
                (p, f, d) -> { });
        boolean[] held = HoldoutSplit.heldBack(images.normal().size(), 0.2, seed);
        List<Raster> train = new ArrayList<>();
        List<Raster> holdout = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            (held[i] ? holdout : train).add(images.normal().get(i));
        }
        long t0 = System.nanoTime();
        try (FrozenPatchLocaliser frozen = FrozenPatchLocaliser.fit(train, FrozenBackbone.MOBILENETV2,
                plan.imageWidth(), plan.imageHeight(), seed, NONE)) {
            List<float[][]> heldCells = holdout.stream().map(frozen::cells).toList();
            List<float[][]> testCells = images.test().stream().map(frozen::cells).toList();
            double[][] bankHeld = heldCells.stream().map(c -> frozen.bank().nearestDistances(c, NONE))
                    .toArray(double[][]::new);
            double[][] bankTest = testCells.stream().map(c -> frozen.bank().nearestDistances(c, NONE))
                    .toArray(double[][]::new);
            log("%s seed %d: %d train, %d held back, %d test at %dx%d; bank and cells in %.1f s", root, seed,
                    train.size(), holdout.size(), testCells.size(), plan.imageWidth(), plan.imageHeight(),
                    (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            // per query image, per reference (production) image, each cell's nearest distance in that reference
            float[][][] mutualHeld = perReference(heldCells, testCells, -1);
            float[][][] mutualTest = new float[testCells.size()][][];
            for (int i = 0; i < testCells.size(); i++) {
                mutualTest[i] = perReference(List.<float[][]>of(testCells.get(i)), testCells, i)[0];
            }
            log("mutual distances in %.1f s", (System.nanoTime() - t1) / 1e9);
            boolean[] a = images.anomalous();
            double[] bankH = maxima(frozen, bankHeld);
            double[] bankT = maxima(frozen, bankTest);
            log("bank alone: %.4f", Auroc.of(bankT, a));
            for (double share : new double[] {0.05, 0.1, 0.2, 0.3, 0.5}) {
                double[][] mh = mutual(mutualHeld, share);
                double[][] mt = mutual(mutualTest, share);
                double[] mutH = maxima(frozen, mh);
                double[] mutT = maxima(frozen, mt);
                double[] minH = maxima(frozen, cellMin(bankHeld, mh));
                double[] minT = maxima(frozen, cellMin(bankTest, mt));
                double[] sum = add(standardised(bankT, bankH), standardised(mutT, mutH));
                log("k = %.0f %% of the references: mutual %.4f | nearer of bank and mutual %.4f | z-sum %.4f",
                        share * 100, Auroc.of(mutT, a), Auroc.of(minT, a), Auroc.of(sum, a));
            }
        }
    }

    /**
     * For each query image, a [cell][reference] table of the cell's nearest distance among that reference image's
     * cells; reference {@code skip} (the query itself) is left out.
     */
    private static float[][][] perReference(List<float[][]> queries, List<float[][]> references, int skip) {
        List<float[][]> refs = new ArrayList<>(references);
        if (skip >= 0) {
            refs.remove(skip);
        }
        int dim = refs.get(0)[0].length;
        int cells = refs.get(0).length;
        float[][][] out = new float[queries.size()][][];
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int q = 0; q < queries.size(); q++) {
                float[][] query = queries.get(q);
                out[q] = new float[query.length][refs.size()];
                try (NDManager qm = manager.newSubManager()) {
                    NDArray x = qm.create(flatten(List.<float[][]>of(query)), new Shape(query.length, dim));
                    NDArray xx = x.square().sum(new int[] {1}, true);
                    for (int from = 0; from < refs.size(); from += REFERENCES_PER_CHUNK) {
                        int to = Math.min(refs.size(), from + REFERENCES_PER_CHUNK);
                        try (NDManager chunk = qm.newSubManager()) {
                            NDArray b = chunk.create(flatten(refs.subList(from, to)), new Shape((long) (to - from)
                                    * cells, dim));
                            NDArray d2 = xx.add(b.square().sum(new int[] {1}).reshape(1, -1))
                                    .sub(x.matMul(b.transpose()).mul(2))
                                    .reshape(query.length, to - from, cells).min(new int[] {2});
                            float[] flat = d2.toFloatArray();
                            for (int c = 0; c < query.length; c++) {
                                for (int r = from; r < to; r++) {
                                    out[q][c][r] = (float) Math.sqrt(Math.max(0, flat[c * (to - from) + r - from]));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Per image, each cell's mean of its smallest {@code share} of per-reference distances. */
    private static double[][] mutual(float[][][] perReference, double share) {
        double[][] out = new double[perReference.length][];
        for (int i = 0; i < perReference.length; i++) {
            out[i] = new double[perReference[i].length];
            for (int c = 0; c < perReference[i].length; c++) {
                float[] d = perReference[i][c].clone();
                Arrays.sort(d);
                int k = Math.max(1, (int) Math.round(share * d.length));
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += d[j];
                }
                out[i][c] = sum / k;
            }
        }
        return out;
    }

    private static double[][] cellMin(double[][] a, double[][] b) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new double[a[i].length];
            for (int c = 0; c < a[i].length; c++) {
                out[i][c] = Math.min(a[i][c], b[i][c]);
            }
        }
        return out;
    }

    private static double[] maxima(FrozenPatchLocaliser frozen, double[][] cellScores) {
        return Arrays.stream(cellScores).mapToDouble(d -> frozen.mapOf(d).max()).toArray();
    }

    private static double[] standardised(double[] x, double[] reference) {
        double mean = Arrays.stream(reference).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(reference).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        return Arrays.stream(x).map(v -> (v - mean) / Math.max(sd, 1e-12)).toArray();
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static float[] flatten(List<float[][]> images) {
        int dim = images.get(0)[0].length;
        int total = images.stream().mapToInt(c -> c.length).sum();
        float[] flat = new float[total * dim];
        int at = 0;
        for (float[][] cells : images) {
            for (float[] c : cells) {
                System.arraycopy(c, 0, flat, at, dim);
                at += dim;
            }
        }
        return flat;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
