package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.common.Raster;
import io.augtune.imaging.ImageTone;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapSmoothing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Frozen-feature patch detection (issue #14, PatchCore-style, no training): every 8×8-pixel cell of an image at the
 * plan's size is described by {@link FrozenPatchFeatures} of a chosen {@link FrozenBackbone}; its score is the distance
 * to the nearest normal cell in a coreset memory bank of the normal images' cells. The map is those distances,
 * Gaussian-smoothed; its maximum is the image score. The layers are balanced: each layer's part is scaled to a mean
 * length of 1 over the normal cells, the deeper one then weighted {@value #DEEP_WEIGHT}. Unscaled, the deeper layer's
 * larger activations decided the distances, and KolektorSDD's thin cracks, which the shallow layer sees, and ELPV poly
 * ranked worse (src/site/markdown/method-and-measurements.md). Smoothing the cell map with {@value #SIGMA} cells
 * equals, up to the resampling, smoothing the upsampled map with 4 pixels (PatchCore's choice) and costs 64 times less.
 * Each image is seen in its {@link ImageTone}: new banks see every image at one brightness and contrast, so that a part
 * lit a little differently is not unusual in every cell (the global term reads the image as it is).
 *
 * <p>Owns its feature extractor. Not thread-safe.
 */
public final class FrozenPatchLocaliser implements Localiser, AutoCloseable {
    /** Coreset size. */
    public static final int BANK_CAPACITY = 10_000;
    /** Normal cells the coreset is chosen from (an even random share of every image beyond it), to bound its cost. */
    public static final int CANDIDATES = 100_000;
    /** Dimensions of the random projection the coreset's distances are measured in. */
    public static final int PROJECTION = 32;
    /** Smoothing of the cell map, in cells (4 pixels). */
    public static final double SIGMA = 0.5;
    /** Weight of the deeper layer's part relative to the shallow one's, after both are scaled to mean length 1. */
    public static final double DEEP_WEIGHT = 0.5;
    /** How new banks see each image's brightness and contrast ({@link ImageTone}). */
    public static final ImageTone DEFAULT_TONE = ImageTone.STANDARDISED;

    private final FrozenPatchFeatures features;
    private final PatchMemoryBank bank;
    private final LayerScale scale;
    private final ImageTone tone;
    private final MarkedCells marked;
    private final int width;
    private final int height;

    /**
     * Factors of the shallow (the first {@code shallowDimension} values, e.g. MobileNetV2's {@code block_5_add}) and
     * deep (the rest, e.g. {@code block_12_add}) parts of a descriptor.
     */
    public record LayerScale(float shallow, float deep, int shallowDimension) {
        public LayerScale {
            if (!(shallow > 0 && deep >= 0) || Float.isInfinite(shallow) || Float.isInfinite(deep)) {
                throw new IllegalArgumentException("layer scales must be positive and finite: " + shallow + ", "
                        + deep);
            }
            if (shallowDimension <= 0) {
                throw new IllegalArgumentException("a shallow part of " + shallowDimension + " values");
            }
        }

        /** Scales that bring both parts of these cells to a mean length of 1 (the deep one to {@code deepWeight}). */
        public static LayerScale of(float[][] cells, int shallowDimension, double deepWeight) {
            double shallow = 0;
            double deep = 0;
            for (float[] c : cells) {
                shallow += length(c, 0, shallowDimension);
                deep += length(c, shallowDimension, c.length);
            }
            // a part that is zero everywhere has nothing to scale: keep it as it is
            return new LayerScale((float) (shallow > 0 ? cells.length / shallow : 1),
                    (float) (deep > 0 ? deepWeight * cells.length / deep : deepWeight), shallowDimension);
        }

        /** The cells scaled in place. */
        public float[][] apply(float[][] cells) {
            for (float[] c : cells) {
                for (int j = 0; j < c.length; j++) {
                    c[j] *= j < shallowDimension ? shallow : deep;
                }
            }
            return cells;
        }

        private static double length(float[] c, int from, int to) {
            double sq = 0;
            for (int j = from; j < to; j++) {
                sq += c[j] * (double) c[j];
            }
            return Math.sqrt(sq);
        }
    }

    /**
     * @param features the extractor, owned from now on
     * @param bank     normal cell descriptors of {@link FrozenPatchFeatures#dimension()} values, already scaled
     * @param scale    the layer scales the bank was made with, applied to every image's descriptors, split where
     *                 the features' layers meet
     * @param tone     how the bank's images were seen, and how every image is seen
     * @param width    the images' width in pixels, a multiple of {@link FrozenPatchFeatures#SIZE_STEP}
     * @param height   their height
     */
    public FrozenPatchLocaliser(FrozenPatchFeatures features, PatchMemoryBank bank, LayerScale scale, ImageTone tone,
                                int width, int height) {
        this(features, bank, scale, tone, MarkedCells.exact(), width, height);
    }

    /**
     * A localiser that also knows cells of parts an inspector marked good.
     *
     * @param marked their cells, of the bank's length and scale
     */
    public FrozenPatchLocaliser(FrozenPatchFeatures features, PatchMemoryBank bank, LayerScale scale, ImageTone tone,
                                MarkedCells marked, int width, int height) {
        if (bank.dimension() != features.dimension()) {
            throw new IllegalArgumentException("a bank of " + bank.dimension() + "-d entries, the features have "
                    + features.dimension());
        }
        if (scale.shallowDimension() != features.backbone().shallowDimension()) {
            throw new IllegalArgumentException("layer scales split at " + scale.shallowDimension() + ", the "
                    + "features' layers at " + features.backbone().shallowDimension());
        }
        if (width % FrozenPatchFeatures.SIZE_STEP != 0 || height % FrozenPatchFeatures.SIZE_STEP != 0) {
            throw new IllegalArgumentException("frozen patch detection needs sides that are multiples of "
                    + FrozenPatchFeatures.SIZE_STEP + ": " + width + "x" + height);
        }
        this.features = features;
        this.bank = bank;
        this.scale = Objects.requireNonNull(scale, "scale");
        this.tone = Objects.requireNonNull(tone, "tone");
        this.marked = Objects.requireNonNull(marked, "marked");
        if (marked.size() > 0 && marked.entries().dimension() != bank.dimension()) {
            throw new IllegalArgumentException("marked cells of " + marked.entries().dimension() + " values, the bank's"
                    + " have " + bank.dimension());
        }
        this.width = width;
        this.height = height;
    }

    /**
     * Fits the bank on normal images.
     *
     * @param normals  rasters of {@code width x height}
     * @param backbone the network that describes the cells
     * @param seed     chooses the candidate cells and the coreset's first entry
     */
    public static FrozenPatchLocaliser fit(List<Raster> normals, FrozenBackbone backbone, int width, int height,
                                           long seed, CancellationToken cancel) {
        return fit(normals, backbone, DEFAULT_TONE, width, height, seed, cancel);
    }

    /** Fits the bank on normal images seen in the given tone. */
    public static FrozenPatchLocaliser fit(List<Raster> normals, FrozenBackbone backbone, ImageTone tone, int width,
                                           int height, long seed, CancellationToken cancel) {
        FrozenPatchFeatures features = FrozenPatchFeatures.load(backbone);
        try {
            float[][] candidates = candidates(features, tone, normals, seed, cancel);
            LayerScale scale = LayerScale.of(candidates, backbone.shallowDimension(), DEEP_WEIGHT);
            PatchMemoryBank bank = PatchMemoryBank.coreset(scale.apply(candidates), BANK_CAPACITY, seed, PROJECTION,
                    cancel);
            return new FrozenPatchLocaliser(features, bank, scale, tone, MarkedCells.none(MarkedCells.FACTOR), width,
                    height);
        } catch (RuntimeException e) {
            features.close();
            throw e;
        }
    }

    /**
     * The cells of every normal image, or an even random share of each image's cells when there are more than
     * {@value #CANDIDATES} in all: every image is represented, and memory holds one image's descriptors at a time.
     */
    private static float[][] candidates(FrozenPatchFeatures features, ImageTone tone, List<Raster> normals,
                                        long seed, CancellationToken cancel) {
        if (normals.isEmpty()) {
            throw new IllegalArgumentException("frozen patch detection needs at least one normal image");
        }
        Random random = new Random(seed);
        int perImage = Math.max(1, CANDIDATES / normals.size());
        List<float[]> out = new ArrayList<>();
        for (Raster image : normals) {
            cancel.checkpoint();
            float[][] cells = features.describe(tone.apply(image));
            if (cells.length <= perImage) {
                out.addAll(List.of(cells));
                continue;
            }
            // partial Fisher-Yates: perImage distinct cells
            for (int i = 0; i < perImage; i++) {
                int j = i + random.nextInt(cells.length - i);
                float[] tmp = cells[i];
                cells[i] = cells[j];
                cells[j] = tmp;
                out.add(cells[i]);
            }
        }
        return out.toArray(new float[0][]);
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        List<AnomalyMap> out = new ArrayList<>(prepared.size());
        int columns = FrozenPatchFeatures.columns(width);
        int rows = FrozenPatchFeatures.rows(height);
        for (Raster image : prepared) {
            if (image.width() != width || image.height() != height) {
                throw new IllegalArgumentException("an image of " + image.width() + "x" + image.height()
                        + " given to a localiser of " + width + "x" + height);
            }
            out.add(mapOf(distances(cells(image), cancel)));
        }
        return out;
    }

    /** The scaled descriptors of one image's cells: what the bank holds of normal images and what it is asked. */
    float[][] cells(Raster image) {
        if (image.width() != width || image.height() != height) {
            throw new IllegalArgumentException("an image of " + image.width() + "x" + image.height()
                    + " given to a localiser of " + width + "x" + height);
        }
        return scale.apply(features.describe(tone.apply(image)));
    }

    /** Each cell's distance to the nearest normal one: in the bank, or a marked cell counted its factor farther. */
    double[] distances(float[][] cells, CancellationToken cancel) {
        return marked.nearer(cells, bank.nearestDistances(cells, cancel), cancel);
    }

    /** The map of one image's raw cell distances: smoothed as {@link #maps} does. */
    AnomalyMap mapOf(double[] distances) {
        return MapSmoothing.gaussian(new AnomalyMap(FrozenPatchFeatures.columns(width),
                FrozenPatchFeatures.rows(height), distances), SIGMA);
    }

    /**
     * A new localiser that also knows every cell of {@code prepared} as normal: images an inspector marked good become
     * normal at once, without refitting (no coreset: their cells are exactly the ones the bank lacked). They are kept
     * beside the bank ({@link MarkedCells}) and count {@code factor} times farther than they are, as earlier marks now
     * do. The new localiser loads its own copy of the features; this one stays usable and owned by its caller.
     *
     * @param prepared rasters of the localiser's size
     * @param factor   how many times farther than it is a marked cell counts (1: at its distance)
     */
    public FrozenPatchLocaliser withNormals(List<Raster> prepared, double factor, CancellationToken cancel) {
        List<float[]> cells = new ArrayList<>();
        for (Raster image : prepared) {
            cancel.checkpoint();
            cells.addAll(java.util.Arrays.asList(cells(image)));
        }
        MarkedCells taught = new MarkedCells(marked.entries(), factor).with(cells.toArray(new float[0][]));
        return new FrozenPatchLocaliser(FrozenPatchFeatures.load(features.backbone()), bank, scale, tone, taught,
                width, height);
    }

    /**
     * One descriptor per image for finding similar images: the mean of its cell descriptors.
     *
     * @param prepared rasters of the localiser's size
     */
    public double[][] meanDescriptors(List<Raster> prepared, CancellationToken cancel) {
        double[][] out = new double[prepared.size()][features.dimension()];
        for (int i = 0; i < prepared.size(); i++) {
            cancel.checkpoint();
            float[][] cells = cells(prepared.get(i));
            for (float[] cell : cells) {
                for (int j = 0; j < cell.length; j++) {
                    out[i][j] += cell[j] / (double) cells.length;
                }
            }
        }
        return out;
    }

    /** What a saved model records of this localiser. */
    public LocaliserSpec spec() {
        return LocaliserSpec.frozenPatches(SIGMA);
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
        return "frozen-patches(" + features.backbone().savedName() + ", bank " + bank.size()
                + (marked.size() > 0 ? " + " + marked.size() + " marked" : "") + ", " + width + "x" + height + ")";
    }

    public PatchMemoryBank bank() {
        return bank;
    }

    /** The cells of parts marked good, beside the bank. */
    public MarkedCells marked() {
        return marked;
    }

    public LayerScale scale() {
        return scale;
    }

    /** How this localiser sees each image's brightness and contrast. */
    public ImageTone tone() {
        return tone;
    }

    /** The network whose features the bank holds. */
    public FrozenBackbone backbone() {
        return features.backbone();
    }

    @Override
    public void close() {
        features.close();
    }
}
