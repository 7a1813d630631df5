package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.GlobalFeatures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One detector made of several (issue #14): frozen pretrained patch features, which know what images look like;
 * the detector trained on the tuned augmentation, which knows what this product's defects look like; and a global
 * term for defects that span the part, which no patch sees. Each part is put on one scale by how its image scores
 * spread over held-back normal images ({@link NormalSpread#z}). The image score is the sum of the parts' z-scores, the
 * trained part's counted at most as far as the pretrained part's ({@link PartsJoin}), raised to the global term's
 * excess over what most held-back normal parts show where that excess is larger (a normal part's brightness varies,
 * and that must not outvote local evidence; {@link GlobalJoin}). The heatmap is the parts' maps, each in the same
 * spreads, added where they overlap, plus that excess everywhere.
 *
 * <p>Adding z-scores lets two parts that are both fairly sure outrank one that is sure alone; it ranked better than
 * adding the maps (which asks both parts to agree on the place), than the largest z, and than the global z added whole,
 * on three data sets over three seeds (src/site/markdown/method-and-measurements.md, "Fused detection").
 */
public final class FusedLocaliser implements Localiser, AutoCloseable {
    public static final String TUNED = "tuned";
    public static final String FROZEN = "frozen";
    public static final String GLOBAL = "global";

    /**
     * The frozen part's image score: the mean of its map's this many highest cells (issue #14). Its map's maximum is
     * one 8-px cell, and on parts unlike the training ones a single cell raises it; the mean of the highest few ranked
     * every real task as well or better (method-and-measurements.md, "The pretrained part's image score"). The trained
     * part keeps its maximum: its mean of the highest patches ranked KolektorSDD worse.
     */
    public static final int FROZEN_IMAGE_CELLS = 10;

    /**
     * One localising part, its scores' normal spread (null before calibration), how many of its map's highest values
     * make its image score ({@link AnomalyMap#topMean}; 1 = the maximum, as in models saved before), and how many
     * times farther than it is a cell marked good counts in a part with a memory bank ({@link MarkedCells#factor};
     * {@link MarkedCells#FACTOR} for the product's parts, 1 for parts calibrated before the factor).
     */
    public record Part(String name, Localiser localiser, NormalSpread spread, int imageCells, double markFactor) {
        public Part {
            if (imageCells < 1) {
                throw new IllegalArgumentException("a part's image score needs at least one cell: " + imageCells);
            }
            if (!(markFactor >= 1) || Double.isInfinite(markFactor)) {
                throw new IllegalArgumentException("a marked cell's factor must be finite and at least 1: "
                        + markFactor);
            }
        }

        /** A part whose marks count at their distance. */
        public Part(String name, Localiser localiser, NormalSpread spread, int imageCells) {
            this(name, localiser, spread, imageCells, 1);
        }

        /**
         * The product's part of this name, not calibrated yet, with the image score its kind is measured best by and
         * its marks counted {@link MarkedCells#FACTOR} times farther.
         */
        public static Part uncalibrated(String name, Localiser localiser) {
            return new Part(name, localiser, null, name.equals(FROZEN) ? FROZEN_IMAGE_CELLS : 1, MarkedCells.FACTOR);
        }

        /** The same part with this spread (or localiser). */
        public Part with(Localiser other, NormalSpread scale) {
            return new Part(name, other, scale, imageCells, markFactor);
        }

        /** The part's image score from its map. */
        public double imageScore(AnomalyMap map) {
            return map.topMean(imageCells);
        }
    }

    /**
     * The global term: a Gaussian of the normal parts' {@link GlobalFeatures}, and its normal spread, whose
     * {@link NormalSpread#top} is the held-back z the term must exceed to count ({@link #HINGE_QUANTILE}); and the
     * descriptors of parts an inspector marked good. A part is as far from normal as the nearer of the Gaussian's
     * mean and a marked part lying within the typical distance of held-back normal parts from the mean
     * ({@link NormalSpread#mean}), in the Gaussian's spread: a marked part's brightness vouches for parts lit like it,
     * as a marked part's cells explain cells like them, while the Gaussian itself stays the one the spread was
     * measured with. Without that reach a marked part explained everything out to twice its own distance from normal;
     * on KolektorSDD that hid defective parts' lighting and cost 0.004 image AUROC, while the reach kept ELPV poly's
     * gain (method-and-measurements.md, "A false alarm teaches the model").
     */
    public record GlobalTerm(GaussianModel model, NormalSpread spread, List<double[]> taught) {
        /**
         * The share of held-back normal parts whose global z adds nothing. Measured (method-and-measurements.md,
         * "Fused detection"): above it the term is silent on shaded parts, below it good parts' brightness adds noise
         * to every ranking of local defects.
         */
        public static final double HINGE_QUANTILE = 0.75;

        public GlobalTerm {
            taught = List.copyOf(taught);
            if (taught.stream().anyMatch(d -> d.length != model.dimension())) {
                throw new IllegalArgumentException("taught descriptors must have " + model.dimension() + " values");
            }
        }

        /** A term that knows no marked parts. */
        public GlobalTerm(GaussianModel model, NormalSpread spread) {
            this(model, spread, List.of());
        }

        /** The image's distance from normal ({@link #distance}). */
        double score(Raster image) {
            return distance(GlobalFeatures.of(image));
        }

        /** The Mahalanobis distance of a global descriptor from the mean, or from a taught part when that is nearer. */
        public double distance(double[] descriptor) {
            return nearer(model.mahalanobis(descriptor), descriptor, 0);
        }

        /**
         * The smaller of {@code kept} and the descriptor's distance to the taught parts from index {@code from} on that
         * lie within reach ({@link NormalSpread#mean}).
         */
        public double nearer(double kept, double[] descriptor, int from) {
            double best = kept;
            for (int i = from; i < taught.size(); i++) {
                double distance = model.distance(descriptor, taught.get(i));
                if (distance <= spread.mean()) {
                    best = Math.min(best, distance);
                }
            }
            return best;
        }

        /** This term, also knowing {@code prepared} as normal. */
        GlobalTerm withNormals(List<Raster> prepared) {
            List<double[]> all = new ArrayList<>(taught);
            prepared.forEach(r -> all.add(GlobalFeatures.of(r)));
            return new GlobalTerm(model, spread, all);
        }

        /** The global z beyond what held-back normal parts showed ({@link NormalSpread#top}); 0 within that range. */
        double excess(double score) {
            return Math.max(0, spread.z(score) - spread.top());
        }

        public static GaussianModel fit(List<Raster> normals) {
            return GaussianModel.fit(normals.stream().map(GlobalFeatures::of).toArray(double[][]::new));
        }
    }

    /**
     * How the global term's excess joins the parts' summed z in the image score. The parts and the global term often
     * see the same thing: a part lit unlike the training parts is also unusual to the patch detectors, so adding both
     * counted it twice. Counted only where it says more than the parts, the global term cost KolektorSDD 0.010 and ELPV
     * poly 0.007 less, ELPV mono nothing, and still found shaded parts (0.953 and 0.913 against 0.957 and 0.919 added;
     * method-and-measurements.md, "The global term joins the parts").
     */
    public enum GlobalJoin {
        /** Added to the parts' sum (models saved before December 2026). */
        ADDED,
        /** The stronger of the parts' sum and the excess, when the sum is positive; added to a negative sum. */
        BEYOND_PARTS;

        /** What new models use. */
        public static final GlobalJoin DEFAULT = BEYOND_PARTS;

        /** The image score from the parts' summed z and the global excess (at least 0). */
        public double join(double parts, double excess) {
            return this == ADDED ? parts + excess : parts + Math.max(0, excess - Math.max(0, parts));
        }
    }

    /**
     * One image's outcome.
     *
     * @param score      the image score: the parts' z-scores joined ({@link PartsJoin}), then joined with the global
     *                   excess ({@link GlobalJoin})
     * @param map        the fused map
     * @param partMaps   each part's own map, by name, on its own scale
     * @param components each part's image score as a z (and the global term's), by name: why the part failed
     */
    public record Scored(double score, AnomalyMap map, Map<String, AnomalyMap> partMaps,
                         Map<String, Double> components) {
    }

    /**
     * The localiser, and what it says of the held-back normal images it was calibrated on (for the thresholds: the
     * image threshold from their scores, the map threshold from their maps).
     */
    public record Calibrated(FusedLocaliser localiser, List<Scored> normals) {
        public List<AnomalyMap> normalMaps() {
            return normals.stream().map(Scored::map).toList();
        }

        public double[] normalScores() {
            return normals.stream().mapToDouble(Scored::score).toArray();
        }
    }

    private final List<Part> parts;
    private final GlobalTerm global;
    private final GlobalJoin join;
    private final PartsJoin partsJoin;
    private final int width;
    private final int height;

    public FusedLocaliser(List<Part> parts, GlobalTerm global, PartsJoin partsJoin, GlobalJoin join) {
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.spread() == null)) {
            throw new IllegalArgumentException("a fused localiser needs calibrated parts: " + parts);
        }
        this.parts = List.copyOf(parts);
        this.global = global;
        this.join = java.util.Objects.requireNonNull(join, "join");
        this.partsJoin = java.util.Objects.requireNonNull(partsJoin, "partsJoin");
        this.width = parts.stream().mapToInt(p -> p.localiser().inputWidth()).max().orElseThrow();
        this.height = parts.stream().mapToInt(p -> p.localiser().inputHeight()).max().orElseThrow();
    }

    /**
     * Puts the parts on one scale by their maps of held-back normal images, and the global term by their descriptors.
     *
     * @param parts        uncalibrated parts (spreads ignored)
     * @param globalModel  the Gaussian of the training normals' global descriptors, or null for no global term
     * @param heldBack     held-back normal images at the largest input size of the parts (at least one)
     */
    public static Calibrated calibrate(List<Part> parts, GaussianModel globalModel, List<Raster> heldBack,
                                       CancellationToken cancel) {
        List<Part> calibrated = new ArrayList<>();
        List<List<AnomalyMap>> byPart = new ArrayList<>();
        for (Part p : parts) {
            List<AnomalyMap> maps = p.localiser().maps(resized(heldBack, p.localiser()), cancel);
            byPart.add(maps);
            calibrated.add(p.with(p.localiser(), NormalSpread.of(maps.stream().mapToDouble(p::imageScore)
                    .toArray())));
        }
        GlobalTerm global = null;
        double[] globalScores = heldBack.stream().mapToDouble(r -> globalModel == null ? 0
                : globalModel.mahalanobis(GlobalFeatures.of(r))).toArray();
        if (globalModel != null) {
            global = new GlobalTerm(globalModel, NormalSpread.of(globalScores, GlobalTerm.HINGE_QUANTILE));
        }
        // the held-back images are fused from the part maps just made: describing them again would double the cost
        FusedLocaliser fused = new FusedLocaliser(calibrated, global, PartsJoin.DEFAULT, GlobalJoin.DEFAULT);
        List<Scored> normals = new ArrayList<>();
        for (int i = 0; i < heldBack.size(); i++) {
            final int image = i;
            normals.add(fused.scored(byPart.stream().map(m -> m.get(image)).toList(),
                    globalModel == null ? Double.NaN : globalScores[i]));
        }
        return new Calibrated(fused, normals);
    }

    /** Every image's fused map, parts' maps and component scores. */
    public List<Scored> score(List<Raster> prepared, CancellationToken cancel) {
        List<List<AnomalyMap>> byPart = new ArrayList<>();
        for (Part p : parts) {
            byPart.add(p.localiser().maps(resized(prepared, p.localiser()), cancel));
        }
        List<Scored> out = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            cancel.checkpoint();
            final int image = i;
            out.add(scored(byPart.stream().map(m -> m.get(image)).toList(),
                    global == null ? Double.NaN : global.score(prepared.get(i))));
        }
        return out;
    }

    /**
     * One image from its parts' maps (in part order) and its global Mahalanobis distance (NaN without a global term).
     */
    Scored scored(List<AnomalyMap> maps, double globalScore) {
        Map<String, AnomalyMap> own = new LinkedHashMap<>();
        Map<String, Double> components = new LinkedHashMap<>();
        List<NormalSpread> spreads = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            own.put(p.name(), maps.get(k));
            components.put(p.name(), p.spread().z(p.imageScore(maps.get(k))));
            spreads.add(p.spread());
        }
        double score = partsJoin.join(components);
        double excess = 0;
        if (global != null) {
            components.put(GLOBAL, global.spread().z(globalScore));
            excess = global.excess(globalScore);
        }
        return new Scored(join.join(score, excess), fuse(maps, spreads, excess), own, components);
    }

    /**
     * The fused map: every map in normal spreads ({@code (value - mean) / sd}), brought to the finest map's grid and
     * added, plus {@code globalExcess} everywhere (a global defect is everywhere).
     */
    public static AnomalyMap fuse(List<AnomalyMap> maps, List<NormalSpread> spreads, double globalExcess) {
        int w = maps.stream().mapToInt(AnomalyMap::width).max().orElseThrow();
        int h = maps.stream().mapToInt(AnomalyMap::height).max().orElseThrow();
        double[] sum = new double[w * h];
        java.util.Arrays.fill(sum, globalExcess);
        for (int k = 0; k < maps.size(); k++) {
            AnomalyMap m = maps.get(k).width() == w && maps.get(k).height() == h ? maps.get(k)
                    : maps.get(k).resized(w, h);
            NormalSpread s = spreads.get(k);
            double[] v = m.values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += s.z(v[i]);
            }
        }
        return new AnomalyMap(w, h, sum);
    }

    /**
     * A fused localiser whose bank parts also know {@code prepared} as normal (frozen cells; trained patches when
     * scored by nearest neighbour), counted its part's {@link Part#markFactor} times farther, and whose global term
     * knows their brightness as normal; the scale stays the one calibrated. The new frozen part is its own; the
     * trained detector is shared.
     *
     * @param prepared rasters of this localiser's input size
     */
    public FusedLocaliser withNormals(List<Raster> prepared, CancellationToken cancel) {
        List<Part> taught = new ArrayList<>();
        for (Part p : parts) {
            List<Raster> own = resized(prepared, p.localiser());
            Localiser learnt = p.localiser() instanceof FrozenPatchLocaliser frozen
                    ? frozen.withNormals(own, p.markFactor(), cancel)
                    : p.localiser() instanceof PatchGridLocaliser grid ? grid.withNormals(own, p.markFactor(), cancel)
                    : p.localiser();
            taught.add(p.with(learnt, p.spread()));
        }
        return new FusedLocaliser(taught, global == null ? null : global.withNormals(prepared), partsJoin, join);
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        return score(prepared, cancel).stream().map(Scored::map).toList();
    }

    static List<Raster> resized(List<Raster> images, Localiser to) {
        return images.stream().map(r -> Resizer.resize(r, to.inputWidth(), to.inputHeight())).toList();
    }

    public List<Part> parts() {
        return parts;
    }

    /** How the parts' z-scores make one ({@link PartsJoin}). */
    public PartsJoin partsJoin() {
        return partsJoin;
    }

    public GlobalJoin join() {
        return join;
    }

    /** The global term, or null when there is none. */
    public GlobalTerm global() {
        return global;
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int inputHeight() {
        return height;
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("fused(");
        parts.forEach(p -> b.append(p.localiser().describe()).append(" + "));
        return b.append(global != null ? "global" : "no global").append(')').toString();
    }

    /** The part of this name, if any. */
    public java.util.Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Closes the parts that own native resources (the frozen features); a trained detector stays its model's. */
    @Override
    public void close() {
        for (Part p : parts) {
            if (p.localiser() instanceof FrozenPatchLocaliser frozen) {
                frozen.close();
            }
        }
    }
}
