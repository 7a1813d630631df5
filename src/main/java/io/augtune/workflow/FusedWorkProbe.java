package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;

import java.util.List;
import java.util.Random;

/**
 * What fused detection adds after the tuning, timed at the start of the run like {@link WorkProbe}: the pretrained
 * features of every training, held-back and production image, each cell compared with the frozen memory bank, the
 * greedy choice of that bank. (The trained part's held-back patches are mapped once, for the fused scale: its own
 * thresholds are not made.)
 */
final class FusedWorkProbe {
    private static final int REPEATS = 3;
    private static final long SEED = 11;

    private FusedWorkProbe() {
    }

    /**
     * The extra terms, or none when timing failed (an estimate must never stop a run).
     *
     * @param sample       one training image at any size
     * @param trainedTerms the patch detection's own terms
     * @param backbone     the network that describes the cells
     */
    static AfterTuningWork plusFusion(AfterTuningWork trainedTerms, DetectionPlan.FrozenSize size, Raster sample,
                                      FrozenBackbone backbone, int trainImages, int heldBack, int production,
                                      CancellationToken cancel) {
        try {
            AfterTuningWork out = trainedTerms;
            for (AfterTuningWork.Term t : terms(size, sample, backbone, trainImages, heldBack, production,
                    cancel)) {
                out = out.plus(t);
            }
            return out;
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw e;
            }
            return trainedTerms;
        }
    }

    private static List<AfterTuningWork.Term> terms(DetectionPlan.FrozenSize size, Raster sample,
                                                    FrozenBackbone backbone, int trainImages, int heldBack,
                                                    int production, CancellationToken cancel) {
        Raster image = Resizer.resize(sample, size.width(), size.height());
        double[] describe = new double[REPEATS];
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(backbone)) {
            features.describe(image);
            for (int r = 0; r < REPEATS; r++) {
                cancel.checkpoint();
                long t0 = System.nanoTime();
                features.describe(image);
                describe[r] = WorkProbe.seconds(t0);
            }
        }
        long cells = (long) FrozenPatchFeatures.columns(size.width()) * FrozenPatchFeatures.rows(size.height());
        long bank = Math.min(FrozenPatchLocaliser.BANK_CAPACITY, cells * trainImages);
        double perDistance = perDistance(Math.max(1, (int) bank), backbone.dimension(), cancel);
        long candidates = Math.min(FrozenPatchLocaliser.CANDIDATES, cells * trainImages);
        double projected = (double) FrozenPatchLocaliser.PROJECTION / backbone.dimension();
        double described = WorkProbe.median(describe);
        int scored = heldBack + production;
        return List.of(
                new AfterTuningWork.Term("pretrained features of every image", trainImages + scored, described),
                new AfterTuningWork.Term("pretrained cells against their memory bank", (double) scored * cells * bank,
                        perDistance),
                new AfterTuningWork.Term("pretrained memory bank (coreset) steps", (double) bank * candidates,
                        perDistance * projected));
    }

    /** Seconds of one cell-to-entry distance at the frozen features' length. */
    private static double perDistance(int bankEntries, int dimension, CancellationToken cancel) {
        Random random = new Random(SEED);
        PatchMemoryBank bank = new PatchMemoryBank(WorkProbe.gaussian(random, bankEntries, dimension));
        float[][] queries = WorkProbe.gaussian(random, WorkProbe.QUERIES, dimension);
        bank.nearestDistances(queries, cancel);
        double[] each = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            bank.nearestDistances(queries, cancel);
            each[r] = WorkProbe.seconds(t0) / queries.length / bankEntries;
        }
        return WorkProbe.median(each);
    }
}
