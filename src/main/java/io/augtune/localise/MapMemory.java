package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GlobalFeatures;
import io.augtune.scoring.MapThreshold;

import java.util.ArrayList;
import java.util.List;

/**
 * What ranking an image again after a Good mark needs, kept so that the image is not described again: for each part
 * with a memory bank (the frozen cells, the trained patches scored by nearest neighbour) the image's queries, already
 * scaled, with their raw distances to the nearest bank entry; the map of a part that teaching leaves as it is; and
 * the image's global descriptor with its distance from normal.
 *
 * <p>Teaching only adds marked cells beside the banks ({@link MarkedCells}, and parts to the global term), so a
 * query's nearest distance afterwards is the smaller of the one kept and its distance to the added cells times their
 * factor: {@link #learnt} measures against those cells alone, and then redoes what follows the distances (smoothing,
 * the part maps, their fusion). Immutable: a taught memory is a new one.
 */
public final class MapMemory {
    /** One part of one image: its queries and their nearest distances, or its map when the part has no bank. */
    private record Part(float[][] queries, double[] distances, AnomalyMap fixed) {
    }

    private final List<Part> parts;
    private final double[] globalDescriptor;
    private final double globalScore;

    private MapMemory(List<Part> parts, double[] globalDescriptor, double globalScore) {
        this.parts = List.copyOf(parts);
        this.globalDescriptor = globalDescriptor;
        this.globalScore = globalScore;
    }

    /**
     * The memories of images, in order, made as the localiser makes their maps.
     *
     * @param localiser a frozen-feature localiser, or a fused one
     * @param prepared  rasters of the localiser's input size
     */
    public static List<MapMemory> of(Localiser localiser, List<Raster> prepared, CancellationToken cancel) {
        List<List<Part>> byImage = new ArrayList<>();
        prepared.forEach(r -> byImage.add(new ArrayList<>()));
        for (Localiser part : partsOf(localiser)) {
            // a fused localiser hands each part the images at its own size; a frozen one takes them as they are
            List<Raster> own = localiser instanceof FusedLocaliser ? FusedLocaliser.resized(prepared, part) : prepared;
            List<Part> made = part(part, own, cancel);
            for (int i = 0; i < own.size(); i++) {
                byImage.get(i).add(made.get(i));
            }
        }
        FusedLocaliser.GlobalTerm global = globalOf(localiser);
        List<MapMemory> out = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            double[] descriptor = global == null ? null : GlobalFeatures.of(prepared.get(i));
            out.add(new MapMemory(byImage.get(i), descriptor,
                    global == null ? Double.NaN : global.distance(descriptor)));
        }
        return out;
    }

    private static List<Part> part(Localiser part, List<Raster> own, CancellationToken cancel) {
        if (BankParts.hasBank(part)) {
            return BankParts.queried(part, own, cancel).stream().map(q -> new Part(q.queries(), q.distances(), null))
                    .toList();
        }
        return part.maps(own, cancel).stream().map(m -> new Part(null, null, m)).toList();
    }

    private static List<Localiser> partsOf(Localiser localiser) {
        if (localiser instanceof FusedLocaliser fused) {
            return fused.parts().stream().map(FusedLocaliser.Part::localiser).toList();
        }
        if (localiser instanceof FrozenPatchLocaliser) {
            return List.of(localiser);
        }
        throw new IllegalArgumentException("only a model with pretrained patches learns from images marked good: "
                + localiser.describe());
    }

    /**
     * The entries each part measures against (its bank's and the marked ones), in part order, -1 for a part without a
     * bank, then the number of parts the global term was taught (-1 without a global term): what a memory made with
     * this localiser has measured against, and where the marks a taught copy adds begin.
     */
    public static int[] bankSizes(Localiser localiser) {
        List<Localiser> parts = partsOf(localiser);
        int[] sizes = new int[parts.size() + 1];
        for (int k = 0; k < parts.size(); k++) {
            sizes[k] = BankParts.entries(parts.get(k));
        }
        FusedLocaliser.GlobalTerm global = globalOf(localiser);
        sizes[parts.size()] = global == null ? -1 : global.taught().size();
        return sizes;
    }

    private static FusedLocaliser.GlobalTerm globalOf(Localiser localiser) {
        return localiser instanceof FusedLocaliser f ? f.global() : null;
    }

    /**
     * These memories as {@code taught} sees them: each query's distance is the smaller of the one kept and the
     * distance to the cells the taught parts marked beyond {@code before} times their factor (equal,
     * up to float rounding, to measuring the images again with the taught localiser).
     *
     * @param before the entry counts these memories were measured against ({@link #bankSizes})
     */
    public static List<MapMemory> learnt(List<MapMemory> memories, Localiser taught, int[] before,
                                         CancellationToken cancel) {
        List<Localiser> parts = partsOf(taught);
        List<List<Part>> byImage = new ArrayList<>();
        memories.forEach(m -> byImage.add(new ArrayList<>(m.parts)));
        for (int k = 0; k < parts.size(); k++) {
            MarkedCells marked = BankParts.marked(parts.get(k));
            int now = BankParts.entries(parts.get(k));
            if (marked == null || now == before[k]) {
                continue;
            }
            if (now < before[k] || now - before[k] > marked.size()) {
                throw new IllegalArgumentException("the taught part " + parts.get(k).describe() + " does not extend "
                        + "the one these memories measured against (" + before[k] + " entries)");
            }
            MarkedCells added = marked.after(marked.size() - (now - before[k]));
            for (List<Part> image : byImage) {
                Part kept = image.get(k);
                image.set(k, new Part(kept.queries(), added.nearer(kept.queries(), kept.distances(), cancel), null));
            }
        }
        FusedLocaliser.GlobalTerm global = globalOf(taught);
        int taughtBefore = before[parts.size()];
        List<MapMemory> out = new ArrayList<>(memories.size());
        for (int i = 0; i < memories.size(); i++) {
            MapMemory kept = memories.get(i);
            double globalScore = global == null || kept.globalDescriptor == null ? kept.globalScore
                    : global.nearer(kept.globalScore, kept.globalDescriptor, taughtBefore);
            out.add(new MapMemory(byImage.get(i), kept.globalDescriptor, globalScore));
        }
        return out;
    }

    /**
     * The image's map facts at its original size, as scoring it with {@code localiser} gives them: the fused score
     * and components of a fused localiser, the map maximum of a frozen one.
     */
    public MapFacts facts(Localiser localiser, int width, int height, MapThreshold threshold) {
        List<Localiser> own = partsOf(localiser);
        List<AnomalyMap> maps = new ArrayList<>(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            maps.add(p.fixed() != null ? p.fixed() : BankParts.map(own.get(k), p.distances()));
        }
        if (localiser instanceof FusedLocaliser fused) {
            FusedLocaliser.Scored s = fused.scored(maps, globalScore);
            return MapFacts.of(s.map(), width, height, threshold).fused(s.score(), s.components());
        }
        return MapFacts.of(maps.get(0), width, height, threshold);
    }
}
