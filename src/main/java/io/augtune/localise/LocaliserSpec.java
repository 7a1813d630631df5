package io.augtune.localise;

/**
 * Which localiser a scoring model uses and how it looks at an image; saved in the model's description.
 *
 * @param kind   {@value #PATCH_GAUSSIAN} for a whole-image detector ({@link PatchLocaliser}), {@value #PATCH_GRID}
 *               for a patch-level one ({@link PatchGridLocaliser}), {@value #FROZEN_PATCHES} for frozen pretrained
 *               features with no detector ({@link FrozenPatchLocaliser}, its image size saved with its bank);
 *               occlusion is an evaluation baseline only
 * @param stage  patch Gaussian: detector stage (0-based) whose feature map is modelled; 0 for a patch grid
 * @param tilesX patch Gaussian: tiles across, the image is taken at tilesX·S x tilesY·S pixels, as tiles of the
 *               detector's S; 1 for a patch grid
 * @param tilesY tiles down; 1 x 1 = the whole image at S
 * @param sigma  Gaussian smoothing of the coarse map, in map positions; 0 = none
 * @param grid   patch grid: where the patches are cut; null for a patch Gaussian
 * @param scorer patch grid: how patch embeddings are scored, {@code knn} or {@code gaussian}; null for a patch
 *               Gaussian
 */
public record LocaliserSpec(String kind, int stage, int tilesX, int tilesY, double sigma, PatchGrid grid,
                            String scorer) {
    public static final String PATCH_GAUSSIAN = "patch-gaussian";
    public static final String PATCH_GRID = "patch-grid";
    public static final String FROZEN_PATCHES = "frozen-patches";
    /**
     * A trained detector's localiser (the other fields describe it as for {@value #PATCH_GRID}, or
     * {@value #PATCH_GAUSSIAN} without a grid) fused with frozen features and a global term ({@link FusedLocaliser}).
     */
    public static final String FUSED = "fused";
    public static final String SCORER_KNN = "knn";
    public static final String SCORER_GAUSSIAN = "gaussian";
    /** More tiles than this per side would cost more than the tuning itself. */
    public static final int MAX_TILES = 16;
    /** Wider smoothing would blur a defect into its surroundings. */
    public static final double MAX_SIGMA = 8;
    /** Pixels along the images' shorter side that default maps are made from (tiles of the working size). */
    public static final int MAP_SHORT_SIDE = 128;

    public LocaliserSpec {
        String trained = FUSED.equals(kind) ? (grid != null ? PATCH_GRID : PATCH_GAUSSIAN) : kind;
        if (PATCH_GRID.equals(trained)) {
            if (grid == null || !(SCORER_KNN.equals(scorer) || SCORER_GAUSSIAN.equals(scorer))) {
                throw new IllegalArgumentException("a patch-grid localiser needs a grid and a scorer (" + SCORER_KNN
                        + " or " + SCORER_GAUSSIAN + "): " + grid + ", " + scorer);
            }
        } else if (FROZEN_PATCHES.equals(trained)) {
            if (grid != null || !SCORER_KNN.equals(scorer)) {
                throw new IllegalArgumentException("a frozen-patches localiser scores by " + SCORER_KNN
                        + " and has no patch grid: " + grid + ", " + scorer);
            }
        } else if (!PATCH_GAUSSIAN.equals(trained)) {
            throw new IllegalArgumentException("unknown localiser kind: " + kind);
        } else if (grid != null || scorer != null) {
            throw new IllegalArgumentException("a patch-gaussian localiser has no patch grid or scorer");
        }
        if (stage < 0 || tilesX < 1 || tilesY < 1 || tilesX > MAX_TILES || tilesY > MAX_TILES) {
            throw new IllegalArgumentException("stage must be >= 0 and tiles in 1.." + MAX_TILES + ": " + stage + ", "
                    + tilesX + "x" + tilesY);
        }
        if (!(sigma >= 0 && sigma <= MAX_SIGMA)) {
            throw new IllegalArgumentException("sigma must be in [0, " + MAX_SIGMA + "]: " + sigma);
        }
    }

    /**
     * The localiser a model gets: stage 0 (the finest map); a tile grid that follows the images' proportions with
     * enough tiles along their shorter side to look at it with about {@value #MAP_SHORT_SIDE} pixels, but never
     * more than the image has (tiles are not made of upsampled pixels); and smoothing of one map position. Chosen by
     * measured pixel AUROC and AUPRO on KolektorSDD and DeepPCB (README, Heatmaps).
     *
     * @param workingSize the detector's input side S
     * @param width       typical image width in pixels
     * @param height      typical image height in pixels
     */
    public static LocaliserSpec defaultFor(int workingSize, int width, int height) {
        long wanted = Math.round((double) MAP_SHORT_SIDE / workingSize);
        long available = Math.min(width, height) / workingSize;
        int shortSide = (int) Math.max(1, Math.min(wanted, available));
        return patchGaussian(0, grid(shortSide, (double) height / width), 1.0);
    }

    /** A patch-Gaussian localiser on the given stage and tile grid {@code {tilesX, tilesY}}, unsmoothed. */
    public static LocaliserSpec patchGaussian(int stage, int[] grid) {
        return patchGaussian(stage, grid, 0);
    }

    /** A patch-Gaussian localiser on the given stage and tile grid, its map smoothed with {@code sigma}. */
    public static LocaliserSpec patchGaussian(int stage, int[] grid, double sigma) {
        return new LocaliserSpec(PATCH_GAUSSIAN, stage, grid[0], grid[1], sigma, null, null);
    }

    /** A patch-level localiser: patch scores on the given grid, spread onto its cells. */
    public static LocaliserSpec patchGrid(PatchGrid grid, String scorer) {
        return new LocaliserSpec(PATCH_GRID, 0, 1, 1, 0, grid, scorer);
    }

    /** The spec of frozen-feature detection: nearest normal cell, map smoothed with {@code sigma} cells. */
    public static LocaliserSpec frozenPatches(double sigma) {
        return new LocaliserSpec(FROZEN_PATCHES, 0, 1, 1, sigma, null, SCORER_KNN);
    }

    /** This trained detector's localiser fused with frozen features and a global term. */
    public LocaliserSpec fused() {
        return new LocaliserSpec(FUSED, stage, tilesX, tilesY, sigma, grid, scorer);
    }

    /** Whether this is fused detection; {@link #trainedPart()} then says how the trained detector localises. */
    public boolean isFused() {
        return FUSED.equals(kind);
    }

    /** The trained detector's own localiser: this spec, or a fused one's trained part. */
    public LocaliserSpec trainedPart() {
        return !isFused() ? this : new LocaliserSpec(grid != null ? PATCH_GRID : PATCH_GAUSSIAN, stage, tilesX,
                tilesY, sigma, grid, scorer);
    }

    /** Whether this is frozen-feature detection, which has no trained detector. */
    public boolean isFrozen() {
        return FROZEN_PATCHES.equals(kind);
    }

    /** Whether this is a patch-level localiser. */
    public boolean isPatchGrid() {
        return PATCH_GRID.equals(kind);
    }

    /**
     * A tile grid that keeps the image's proportions: {@code shortSide} tiles along its shorter side and as many
     * along the longer one as make the tiles about square in the original.
     *
     * @param aspect height / width of the images, positive
     * @return {@code {tilesX, tilesY}}
     */
    public static int[] grid(int shortSide, double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("aspect must be positive: " + aspect);
        }
        int longSide = (int) Math.min(MAX_TILES, Math.max(shortSide, Math.round(shortSide * Math.max(aspect,
                1 / aspect))));
        return aspect >= 1 ? new int[] {shortSide, longSide} : new int[] {longSide, shortSide};
    }
}
