package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.PatchMemoryBank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a part with a memory bank learnt from images an inspector marked good (issue #17): their cells (or patches,
 * as the bank holds them), kept beside the bank, and how far from them a query still counts as explained. A marked
 * cell vouches only for queries within the reach, the median distance of held-back normal cells to the bank: a query
 * as near to a marked cell as a typical normal cell lies to its nearest normal one. Unbounded, a marked part's cells
 * also explained defect cells that were merely nearer to them than to the bank, and ten marks cost ELPV poly 0.014
 * image AUROC on the images not marked (src/site/markdown/method-and-measurements.md, "How far a marked cell
 * vouches").
 *
 * @param entries the marked cells' descriptors, scaled as the bank's; null when nothing was marked
 * @param reach   the largest distance at which a marked cell explains a query; infinite for parts calibrated before
 *                the reach existed, and for models without held-back normals to measure it on
 */
public record MarkedCells(PatchMemoryBank entries, double reach) {
    /** The held-back normal cells' distances to the bank whose quantile is the reach. */
    public static final double REACH_QUANTILE = 0.5;

    public MarkedCells {
        if (Double.isNaN(reach) || reach < 0) {
            throw new IllegalArgumentException("a marked cell's reach must be a distance: " + reach);
        }
    }

    /** Nothing marked yet; marks will reach this far. */
    public static MarkedCells none(double reach) {
        return new MarkedCells(null, reach);
    }

    /** Nothing marked, and marks unbounded: how parts without a measured reach learn. */
    public static MarkedCells unbounded() {
        return none(Double.POSITIVE_INFINITY);
    }

    /**
     * The reach measured on held-back normal images: the {@value #REACH_QUANTILE} quantile of their cells' raw
     * distances to the bank (the order statistic at {@code floor(q·n)}), or infinite when there are none.
     */
    public static double reachOf(List<double[]> heldBackDistances) {
        double[] all = heldBackDistances.stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite)
                .sorted().toArray();
        return all.length == 0 ? Double.POSITIVE_INFINITY
                : all[(int) Math.min(all.length - 1, Math.floor(REACH_QUANTILE * all.length))];
    }

    /** How many cells were marked. */
    public int size() {
        return entries == null ? 0 : entries.size();
    }

    /** These marks and {@code more}, with the same reach. */
    public MarkedCells with(float[][] more) {
        if (more.length == 0) {
            return this;
        }
        List<float[]> all = new ArrayList<>(size() + more.length);
        if (entries != null) {
            all.addAll(Arrays.asList(entries.entries()));
        }
        all.addAll(Arrays.asList(more));
        return new MarkedCells(new PatchMemoryBank(all.toArray(new float[0][])), reach);
    }

    /**
     * The queries' distances once the marked cells from index {@code from} on count: each the smaller of the distance
     * kept and its distance to the nearest of those cells, where that lies within the reach.
     *
     * @param kept the queries' distances before those cells (not changed)
     */
    public double[] nearer(float[][] queries, double[] kept, int from, CancellationToken cancel) {
        if (from >= size()) {
            return kept.clone();
        }
        PatchMemoryBank counted = from == 0 ? entries
                : new PatchMemoryBank(Arrays.copyOfRange(entries.entries(), from, size()));
        double[] toMarked = counted.nearestDistances(queries, cancel);
        double[] out = kept.clone();
        for (int i = 0; i < out.length; i++) {
            if (toMarked[i] <= reach) {
                out[i] = Math.min(out[i], toMarked[i]);
            }
        }
        return out;
    }
}
