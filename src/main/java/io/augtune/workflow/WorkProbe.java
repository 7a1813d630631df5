package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.DetectorConfig;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.MapFacts;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapThreshold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times, before the tuning, what one unit of the work after it costs on this machine, with the code that will do
 * that work: a detector of the run's shape (fresh weights cost the same as trained ones) embeds patches cut from the
 * training normals, a memory bank of the run's size answers their nearest-neighbour queries, the coreset takes a few
 * greedy steps over as many candidates as the run will have, and one map is measured at an original image's size.
 * Each timing is repeated and its median kept; about one to four seconds in all; a detector created here reseeds the engine, which every start of the tuning does
 * again with its own seed, so the tuning's numbers do not change.
 */
final class WorkProbe {
    /** Each cost is timed this many times and the median kept. */
    static final int REPEATS = 5;
    /** Patches embedded per timing: one of the detector's inference batches. */
    static final int BATCH = 64;
    /** Batches embedded before the timings. */
    static final int WARM_UP = 3;
    /** Nearest-neighbour queries per timing: enough that building the bank's array is spread thin, as in a run. */
    static final int QUERIES = 512;
    /** Greedy coreset steps timed, twice: the difference of the two runs is the cost of the extra steps alone. */
    static final int FEW_STEPS = 4;
    static final int MORE_STEPS = 20;
    private static final long SEED = 7;

    private WorkProbe() {
    }

    /**
     * The work after the tuning of a run, each count at its measured cost.
     *
     * @param train      training normals at the localiser's input size and the run's channels (at least one)
     * @param production production images (their original sizes count)
     */
    static AfterTuningWork afterTuning(DetectorConfig config, LocaliserSpec spec, List<Raster> train, int heldBack,
                                       List<LoadedImage> production, CancellationToken cancel) {
        AfterTuningWork.Counts counts = counts(spec, train.size(), heldBack, production.size(),
                production.stream().mapToLong(WorkProbe::pixels).sum());
        try {
            return AfterTuningWork.of(counts, measure(config, spec, train, counts, production, cancel));
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw e;
            }
            // An estimate must never stop a run: without it the time left covers the tuning only.
            return AfterTuningWork.NONE;
        }
    }

    /** How much of each kind of work the run will have, as the localiser spec and folders say. */
    static AfterTuningWork.Counts counts(LocaliserSpec spec, int trainImages, int heldBack, int production,
                                         long pixels) {
        if (!spec.isPatchGrid()) {
            return new AfterTuningWork.Counts(trainImages, heldBack, production,
                    (long) spec.tilesX() * spec.tilesY(), 0, 0, pixels);
        }
        long perImage = spec.grid().count();
        long normalPatches = trainImages * perImage;
        boolean knn = LocaliserSpec.SCORER_KNN.equals(spec.scorer());
        long bank = knn ? Math.min(normalPatches, PatchGridLocaliser.BANK_CAPACITY) : 0;
        long steps = knn && normalPatches > PatchGridLocaliser.BANK_CAPACITY ? PatchGridLocaliser.BANK_CAPACITY : 0;
        return new AfterTuningWork.Counts(trainImages, heldBack, production, perImage, bank, steps, pixels);
    }

    private static AfterTuningWork.UnitCosts measure(DetectorConfig config, LocaliserSpec spec, List<Raster> train,
                                                     AfterTuningWork.Counts counts, List<LoadedImage> production,
                                                     CancellationToken cancel) {
        List<Raster> patches = samplePatches(spec, train, BATCH * (REPEATS + WARM_UP));
        double[] perPatch = new double[REPEATS];
        float[][] z = new float[0][];
        try (Detector detector = Detector.create(config, SEED)) {
            // Cold code (the engine's first batches, the conversion of rasters before the compiler has seen it) ran
            // twice as slow as in a run's thousands of patches: warm it up first.
            detector.embedRasters(patches.subList(0, BATCH * WARM_UP), cancel);
            for (int r = 0; r < REPEATS; r++) {
                int from = BATCH * (WARM_UP + r);
                long t0 = System.nanoTime();
                z = detector.embedRasters(patches.subList(from, from + BATCH), cancel);
                perPatch[r] = seconds(t0) / BATCH;
            }
        }
        Random random = new Random(SEED);
        double[] perDistance = new double[REPEATS];
        if (counts.bankEntries() > 0) {
            PatchMemoryBank bank = new PatchMemoryBank(gaussian(random, (int) counts.bankEntries(), z[0].length));
            float[][] queries = new float[QUERIES][];
            for (int i = 0; i < QUERIES; i++) {
                queries[i] = z[i % z.length];
            }
            bank.nearestDistances(queries, cancel);
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                bank.nearestDistances(queries, cancel);
                perDistance[r] = seconds(t0) / QUERIES / counts.bankEntries();
            }
        }
        double perCoresetStep = counts.coresetSteps() > 0 ? coresetStep(random, counts, z[0].length, cancel) : 0;
        return new AfterTuningWork.UnitCosts(median(perPatch), median(perDistance), perCoresetStep,
                perPixel(spec, production));
    }

    /** Seconds of one greedy step over the run's candidates: the extra steps' time, without the set-up both share. */
    private static double coresetStep(Random random, AfterTuningWork.Counts counts, int dim,
                                      CancellationToken cancel) {
        long n = Math.min(counts.trainImages() * counts.patchesPerImage(), PatchMemoryBank.MAX_CANDIDATES);
        float[][] candidates = gaussian(random, (int) n, dim);
        double[] perStep = new double[REPEATS];
        PatchMemoryBank.coreset(candidates, MORE_STEPS, SEED, cancel);
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            PatchMemoryBank.coreset(candidates, FEW_STEPS, SEED, cancel);
            double few = seconds(t0);
            long t1 = System.nanoTime();
            PatchMemoryBank.coreset(candidates, MORE_STEPS, SEED, cancel);
            double more = seconds(t1);
            // A burst of load elsewhere can make the difference nothing; the longer run then bounds the cost above.
            perStep[r] = more > few ? (more - few) / (MORE_STEPS - FEW_STEPS) : more / MORE_STEPS;
        }
        return median(perStep);
    }

    /** The middle value: on a shared machine one timing in a few is hit by a burst of load elsewhere. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Seconds per original pixel of measuring a map's defect regions at the image's size (the largest image). */
    private static double perPixel(LocaliserSpec spec, List<LoadedImage> production) {
        LoadedImage largest = production.stream().max((a, b) -> Long.compare(pixels(a), pixels(b))).orElse(null);
        if (largest == null) {
            return 0;
        }
        int w = spec.isPatchGrid() ? spec.grid().cellColumns() : spec.tilesX() * 8;
        int h = spec.isPatchGrid() ? spec.grid().cellRows() : spec.tilesY() * 8;
        double[] values = new double[w * h];
        Random random = new Random(SEED);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        AnomalyMap map = new AnomalyMap(w, h, values);
        MapThreshold threshold = new MapThreshold(0.9, 0.0, "probe");
        double[] perPixel = new double[REPEATS];
        MapFacts.of(map, largest.info().width(), largest.info().height(), threshold); // warm-up
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            MapFacts.of(map, largest.info().width(), largest.info().height(), threshold);
            perPixel[r] = seconds(t0) / pixels(largest);
        }
        return median(perPixel);
    }

    /** {@code count} patches cut from the first training normals (or these whole), repeated if they hold fewer. */
    static List<Raster> samplePatches(LocaliserSpec spec, List<Raster> train, int count) {
        List<Raster> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) {
            Raster image = train.get(i % train.size());
            // A tile costs what a whole image at the working size does: the training normals are at that size.
            List<Raster> cut = spec.isPatchGrid() ? spec.grid().cut(image) : List.of(image);
            out.addAll(cut.subList(0, Math.min(cut.size(), count - out.size())));
        }
        return out;
    }

    private static long pixels(LoadedImage image) {
        return (long) image.info().width() * image.info().height();
    }

    static float[][] gaussian(Random random, int rows, int dim) {
        float[][] out = new float[rows][dim];
        for (float[] row : out) {
            for (int j = 0; j < dim; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return out;
    }

    static double seconds(long fromNanos) {
        return (System.nanoTime() - fromNanos) / 1e9;
    }
}
