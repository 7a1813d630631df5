package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.Detector;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.localise.Embeddings;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How a family trial or a tuning start ranks images to be judged: the way the detector will rank production images,
 * made cheap enough to run once per trial and per start. Higher is more anomalous, one score per image.
 */
interface TrialScores {
    /** Training images whose patches a trial's memory bank samples. */
    int BANK_IMAGES = 48;
    /** Patches in a trial's memory bank. */
    int BANK_PATCHES = 2048;

    /**
     * @param normals normal training images (a memory bank or Gaussian is fitted on them, never on {@code images})
     * @param images  the images to score
     */
    double[] of(Detector detector, List<Raster> normals, List<Raster> images, CancellationToken cancel);

    /** Whether the detector looks at patches of the images rather than the whole image. */
    default boolean patchLevel() {
        return false;
    }

    /**
     * As patch detection ranks images: the largest patch distance to a memory bank of normal patches. A trial only
     * compares detectors, so its bank is a random sample of the patches of a few dozen training images rather than
     * the product's coreset of all of them (the coreset's greedy search took most of a trial's time), and its patches
     * overlap as little as the grid allows.
     */
    static TrialScores patchMaxima(LocaliserSpec spec, long seed) {
        PatchGrid tiles = coarsest(spec.grid());
        LocaliserSpec knn = LocaliserSpec.patchGrid(tiles, LocaliserSpec.SCORER_KNN);
        return new TrialScores() {
            @Override
            public double[] of(Detector detector, List<Raster> normals, List<Raster> images,
                               CancellationToken cancel) {
                List<float[]> patches = new ArrayList<>(Arrays.asList(PatchGridLocaliser.embedPatches(detector,
                        tiles, evenlySpaced(normals, BANK_IMAGES), cancel)));
                Collections.shuffle(patches, new Random(seed));
                PatchMemoryBank bank = new PatchMemoryBank(patches.subList(0, Math.min(BANK_PATCHES,
                        patches.size())).toArray(new float[0][]));
                return new PatchGridLocaliser(detector, knn, bank, null).maps(images, cancel).stream()
                        .mapToDouble(AnomalyMap::max).toArray();
            }

            @Override
            public boolean patchLevel() {
                return true;
            }
        };
    }

    /** As whole-image detection ranks images: Mahalanobis distance under the normal embeddings' Gaussian. */
    static TrialScores wholeImage() {
        return (detector, normals, images, cancel) -> GaussianModel
                .fit(Embeddings.toDoubles(detector.embedRasters(normals, cancel)))
                .mahalanobis(Embeddings.toDoubles(detector.embedRasters(images, cancel)));
    }

    /**
     * The grid with the widest stride that still fits the image, up to patches side by side: every pixel is still in
     * a patch, in as little as a quarter of the embedding time of half-overlapping patches.
     */
    static PatchGrid coarsest(PatchGrid g) {
        for (int stride = g.patch(); stride > g.stride(); stride--) {
            if (g.patch() % stride == 0 && (g.width() - g.patch()) % stride == 0
                    && (g.height() - g.patch()) % stride == 0) {
                return new PatchGrid(g.patch(), stride, g.width(), g.height());
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
}
