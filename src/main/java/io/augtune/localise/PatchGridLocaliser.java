package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Patch-level localisation (issue #8): the image, taken at the grid's size, is cut into overlapping patches of the
 * detector's input size; each patch is embedded by the patch-trained detector and scored against the normal patches,
 * either by its distance to the nearest one in a coreset memory bank ({@code knn}, PatchCore's rule) or by its
 * Mahalanobis distance under one Gaussian of them ({@code gaussian}). The patch scores, spread onto the grid's cells,
 * are the map; its maximum is the image score. The patches of a normal image are all "normal patches": the grid
 * knows no positions, so an object may sit anywhere in the image.
 *
 * <p>Uses, but does not own, the detector. Not thread-safe (the detector is not).
 */
public final class PatchGridLocaliser implements Localiser {
    /** Coreset size: covers the patch kinds of a few hundred images; larger banks cost time and gained nothing. */
    public static final int BANK_CAPACITY = 4096;
    /** Patches embedded and scored together (whole images of them): about 64 MB of 64-pixel gray patches. */
    private static final int PATCHES_PER_CHUNK = 4096;

    private final Detector detector;
    private final LocaliserSpec spec;
    private final PatchMemoryBank bank;
    private final GaussianModel gaussian;
    private final MarkedCells marked;

    /**
     * @param bank     the memory bank of a {@code knn} localiser, else null
     * @param gaussian the Gaussian of normal patch embeddings of a {@code gaussian} localiser, else null
     */
    public PatchGridLocaliser(Detector detector, LocaliserSpec spec, PatchMemoryBank bank, GaussianModel gaussian) {
        this(detector, spec, bank, gaussian, MarkedCells.exact());
    }

    /**
     * A localiser that also knows patches of parts an inspector marked good (a {@code knn} one; a Gaussian scorer
     * learns nothing from them).
     */
    public PatchGridLocaliser(Detector detector, LocaliserSpec spec, PatchMemoryBank bank, GaussianModel gaussian,
                              MarkedCells marked) {
        if (!spec.isPatchGrid() || spec.grid().patch() != detector.config().inputSize()) {
            throw new IllegalArgumentException(spec + " is not a patch grid of the detector's " + detector.config()
                    .inputSize() + "-pixel input");
        }
        boolean knn = LocaliserSpec.SCORER_KNN.equals(spec.scorer());
        if (knn ? bank == null : gaussian == null) {
            throw new IllegalArgumentException("a " + spec.scorer() + " patch localiser needs its "
                    + (knn ? "memory bank" : "Gaussian"));
        }
        int dim = detector.config().embeddingDim();
        if (knn ? bank.dimension() != dim : gaussian.dimension() != dim) {
            throw new IllegalArgumentException("patch statistics of another embedding length than the detector's "
                    + dim);
        }
        this.detector = detector;
        this.spec = spec;
        this.bank = knn ? bank : null;
        this.gaussian = knn ? null : gaussian;
        this.marked = java.util.Objects.requireNonNull(marked, "marked");
        if (marked.size() > 0 && (!knn || marked.entries().dimension() != dim)) {
            throw new IllegalArgumentException("marked patches need a knn localiser of their embedding length " + dim);
        }
    }

    /**
     * Fits the scorer on the patches of normal images.
     *
     * @param normals rasters of the grid's size at the detector's channels
     * @param seed    chooses the coreset's first entry
     */
    public static PatchGridLocaliser fit(Detector detector, LocaliserSpec spec, List<Raster> normals, long seed,
                                         CancellationToken cancel) {
        float[][] patches = embedPatches(detector, spec.grid(), normals, cancel);
        if (LocaliserSpec.SCORER_KNN.equals(spec.scorer())) {
            return new PatchGridLocaliser(detector, spec, PatchMemoryBank.coreset(patches, BANK_CAPACITY, seed,
                    cancel), null);
        }
        return new PatchGridLocaliser(detector, spec, null, GaussianModel.fit(Embeddings.toDoubles(patches)));
    }

    /**
     * A localiser that also knows every patch of {@code prepared} as normal, when it scores by nearest neighbour (no
     * coreset: their patches are exactly the ones the bank lacked), kept beside the bank ({@link MarkedCells}) and
     * counted {@code factor} times farther than they are, as earlier marks now are; a Gaussian scorer is kept as it is,
     * since a few images barely move a Gaussian of thousands of patches. Shares this one's detector.
     *
     * @param prepared rasters of the grid's size
     * @param factor   how many times farther than it is a marked patch counts (1: at its distance)
     */
    public PatchGridLocaliser withNormals(List<Raster> prepared, double factor, CancellationToken cancel) {
        if (bank == null) {
            return this;
        }
        MarkedCells taught = new MarkedCells(marked.entries(), factor).with(embedPatches(detector, spec.grid(),
                prepared, cancel));
        return new PatchGridLocaliser(detector, spec, bank, null, taught);
    }

    /** The map of one image's patch scores, as {@link #maps} lays them on the grid's cells. */
    AnomalyMap mapOf(double[] patchScores) {
        PatchGrid grid = spec.grid();
        return new AnomalyMap(grid.cellColumns(), grid.cellRows(), grid.cellMap(patchScores));
    }

    @Override
    public int inputWidth() {
        return spec.grid().width();
    }

    @Override
    public int inputHeight() {
        return spec.grid().height();
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        return patchScores(prepared, cancel).stream().map(p -> mapOf(p.scores())).toList();
    }

    /** One image's patch embeddings, in the grid's order, and their scores. */
    record Patches(float[][] embeddings, double[] scores) {
    }

    /** Every image's patches and their scores, a few images at a time as {@link #maps} makes its maps. */
    List<Patches> patchScores(List<Raster> prepared, CancellationToken cancel) {
        PatchGrid grid = spec.grid();
        List<Patches> out = new ArrayList<>(prepared.size());
        int perChunk = imagesPerChunk(grid);
        for (int from = 0; from < prepared.size(); from += perChunk) {
            List<Raster> images = prepared.subList(from, Math.min(prepared.size(), from + perChunk));
            float[][] embeddings = embedPatches(detector, grid, images, cancel);
            double[] scores = score(embeddings, cancel);
            int per = grid.count();
            for (int i = 0; i < images.size(); i++) {
                out.add(new Patches(Arrays.copyOfRange(embeddings, i * per, (i + 1) * per),
                        Arrays.copyOfRange(scores, i * per, (i + 1) * per)));
            }
        }
        return out;
    }

    private double[] score(float[][] embeddings, CancellationToken cancel) {
        return bank != null ? marked.nearer(embeddings, bank.nearestDistances(embeddings, cancel), cancel)
                : gaussian.mahalanobis(Embeddings.toDoubles(embeddings));
    }

    /**
     * The embeddings of every patch of every image, image by image in the grid's order. Patches are cut a few images
     * at a time: all patches of a few hundred images at once would take gigabytes.
     */
    public static float[][] embedPatches(Detector detector, PatchGrid grid, List<Raster> images, CancellationToken cancel) {
        float[][] out = new float[images.size() * grid.count()][];
        int perChunk = imagesPerChunk(grid);
        for (int from = 0; from < images.size(); from += perChunk) {
            List<Raster> patches = new ArrayList<>(perChunk * grid.count());
            for (Raster image : images.subList(from, Math.min(images.size(), from + perChunk))) {
                patches.addAll(grid.cut(image));
            }
            float[][] z = detector.embedRasters(patches, cancel);
            System.arraycopy(z, 0, out, from * grid.count(), z.length);
        }
        return out;
    }

    private static int imagesPerChunk(PatchGrid grid) {
        return Math.max(1, PATCHES_PER_CHUNK / grid.count());
    }

    @Override
    public String describe() {
        PatchGrid g = spec.grid();
        return "patch-grid(" + spec.scorer() + (bank != null ? " bank " + bank.size() : "")
                + (marked.size() > 0 ? " + " + marked.size() + " marked" : "") + ", " + g.patch()
                + "-pixel patches every " + g.stride() + " of " + g.width() + "x" + g.height() + ")";
    }

    public LocaliserSpec spec() {
        return spec;
    }

    /** The memory bank of a {@code knn} localiser, else null. */
    public PatchMemoryBank bank() {
        return bank;
    }

    /** The patches of parts marked good, beside the bank. */
    public MarkedCells marked() {
        return marked;
    }

    /** The Gaussian of a {@code gaussian} localiser, else null. */
    public GaussianModel gaussian() {
        return gaussian;
    }
}
