package io.augtune.workflow;

/**
 * Which localiser a scoring model uses and how it looks at an image; saved in the model's description.
 *
 * @param kind   {@value #PATCH_GAUSSIAN} (the only kind a model carries; occlusion is an evaluation baseline)
 * @param stage  detector stage (0-based) whose feature map is modelled
 * @param tilesX tiles across: the image is taken at tilesX·S x tilesY·S pixels, as tiles of the detector's S
 * @param tilesY tiles down; 1 x 1 = the whole image at S
 */
public record LocaliserSpec(String kind, int stage, int tilesX, int tilesY) {
    public static final String PATCH_GAUSSIAN = "patch-gaussian";
    /** More tiles than this per side would cost more than the tuning itself. */
    public static final int MAX_TILES = 16;

    public LocaliserSpec {
        if (!PATCH_GAUSSIAN.equals(kind)) {
            throw new IllegalArgumentException("unknown localiser kind: " + kind);
        }
        if (stage < 0 || tilesX < 1 || tilesY < 1 || tilesX > MAX_TILES || tilesY > MAX_TILES) {
            throw new IllegalArgumentException("stage must be >= 0 and tiles in 1.." + MAX_TILES + ": " + stage + ", "
                    + tilesX + "x" + tilesY);
        }
    }

    /** The localiser a model gets at a working size: chosen by measured pixel AUROC and AUPRO (README, Heatmaps). */
    public static LocaliserSpec defaultFor(int workingSize, double aspect) {
        return patchGaussian(0, grid(2, aspect));
    }

    /** A patch-Gaussian localiser on the given stage and tile grid {@code {tilesX, tilesY}}. */
    public static LocaliserSpec patchGaussian(int stage, int[] grid) {
        return new LocaliserSpec(PATCH_GAUSSIAN, stage, grid[0], grid[1]);
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
