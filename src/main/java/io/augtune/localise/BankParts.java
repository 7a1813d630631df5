package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts whose maps are nearest distances to a memory bank (frozen cells; trained patches scored by nearest
 * neighbour), seen alike: what teaching and ranking again after a mark need of them.
 */
final class BankParts {
    private BankParts() {
    }

    /** One image as a bank part sees it: its queries, scaled as the bank's entries, and their nearest distances. */
    record Queried(float[][] queries, double[] distances) {
    }

    /** Whether the part scores by nearest distance to a memory bank. */
    static boolean hasBank(Localiser part) {
        return part instanceof FrozenPatchLocaliser || part instanceof PatchGridLocaliser grid && grid.bank() != null;
    }

    /**
     * Every image's queries and their distances, as the part's maps measure them (marked cells count).
     *
     * @param own rasters of the part's input size
     */
    static List<Queried> queried(Localiser part, List<Raster> own, CancellationToken cancel) {
        List<Queried> out = new ArrayList<>(own.size());
        if (part instanceof FrozenPatchLocaliser frozen) {
            for (Raster r : own) {
                cancel.checkpoint();
                float[][] cells = frozen.cells(r);
                out.add(new Queried(cells, frozen.distances(cells, cancel)));
            }
        } else if (part instanceof PatchGridLocaliser grid && grid.bank() != null) {
            grid.patchScores(own, cancel).forEach(p -> out.add(new Queried(p.embeddings(), p.scores())));
        } else {
            throw new IllegalArgumentException("not a part with a memory bank: " + part.describe());
        }
        return out;
    }

    /** The part's map of one image's raw distances, as its {@link Localiser#maps} makes it. */
    static AnomalyMap map(Localiser part, double[] distances) {
        return part instanceof FrozenPatchLocaliser frozen ? frozen.mapOf(distances)
                : ((PatchGridLocaliser) part).mapOf(distances);
    }

    /** The part's marked cells, or null for a part without a bank. */
    static MarkedCells marked(Localiser part) {
        return part instanceof FrozenPatchLocaliser frozen ? frozen.marked()
                : part instanceof PatchGridLocaliser grid && grid.bank() != null ? grid.marked() : null;
    }

    /** Entries the part measures against, its bank's and the marked ones, or -1 for a part without a bank. */
    static int entries(Localiser part) {
        if (part instanceof FrozenPatchLocaliser frozen) {
            return frozen.bank().size() + frozen.marked().size();
        }
        return part instanceof PatchGridLocaliser grid && grid.bank() != null
                ? grid.bank().size() + grid.marked().size() : -1;
    }
}
