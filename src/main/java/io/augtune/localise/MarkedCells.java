package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.PatchMemoryBank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a part with a memory bank learnt from images an inspector marked good (issue #17): their cells (or patches,
 * as the bank holds them), kept beside the bank, and the factor by which they count farther than they are. A query is
 * explained by a marked cell only where it lies clearly nearer to it than to the bank: a harmless mark that recurs
 * lies far nearer to its marked twin than to anything normal, while a crack's cell that a marked part's fibre happens
 * to resemble lies only a little nearer to it. Scaled, not cut off, so that a query's score moves smoothly with it.
 *
 * <p>Measured against the alternatives (src/site/markdown/method-and-measurements.md, "How far a marked cell
 * vouches"): counted at their distance (factor 1, as before), a marked part's cells also explained cracked cells,
 * and ten marks cost ELPV poly 0.014 image AUROC on the images not marked; counted only within a normal cell's
 * distance, or a normal cell's distance farther, they explained too little of a harmless ring stamped on half the
 * good parts. The factor {@value #FACTOR} costs no real task and keeps most of the ring's lesson.
 *
 * @param entries the marked cells' descriptors, scaled as the bank's; null when nothing was marked
 * @param factor  how many times farther than it is a marked cell counts; 1 for parts calibrated before the factor
 */
public record MarkedCells(PatchMemoryBank entries, double factor) {
    /** The factor new models' marks count farther by. */
    public static final double FACTOR = 1.25;

    public MarkedCells {
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a marked cell's factor must be finite and at least 1: " + factor);
        }
    }

    /** Nothing marked yet; marks will count this many times farther. */
    public static MarkedCells none(double factor) {
        return new MarkedCells(null, factor);
    }

    /** Nothing marked, and marks counted at their distance: how parts made before the factor learn. */
    public static MarkedCells exact() {
        return none(1);
    }

    /** How many cells were marked. */
    public int size() {
        return entries == null ? 0 : entries.size();
    }

    /** These marks and {@code more}, with the same factor. */
    public MarkedCells with(float[][] more) {
        if (more.length == 0) {
            return this;
        }
        List<float[]> all = new ArrayList<>(size() + more.length);
        if (entries != null) {
            all.addAll(Arrays.asList(entries.entries()));
        }
        all.addAll(Arrays.asList(more));
        return new MarkedCells(new PatchMemoryBank(all.toArray(new float[0][])), factor);
    }

    /** The cells marked from index {@code from} on, with the same factor: what later marks added. */
    public MarkedCells after(int from) {
        if (from <= 0) {
            return this;
        }
        return from >= size() ? none(factor)
                : new MarkedCells(new PatchMemoryBank(Arrays.copyOfRange(entries.entries(), from, size())), factor);
    }

    /**
     * The queries' distances once these marked cells count: each the smaller of the distance kept and the factor times
     * its distance to the nearest of them.
     *
     * @param kept the queries' distances before these cells (not changed)
     */
    public double[] nearer(float[][] queries, double[] kept, CancellationToken cancel) {
        if (size() == 0) {
            return kept.clone();
        }
        double[] toMarked = entries.nearestDistances(queries, cancel);
        double[] out = kept.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(out[i], factor * toMarked[i]);
        }
        return out;
    }
}
