package io.augtune.workflow;

/**
 * Which localiser a scoring model uses and how it is set up; saved in the model's description.
 *
 * @param kind  {@value #PATCH_GAUSSIAN} (the only kind a model carries; occlusion is an evaluation baseline)
 * @param stage detector stage (0-based) whose feature map is modelled
 * @param tiles k: the image is taken at k·S pixels as k x k tiles of the detector's S; 1 = the whole image at S
 */
public record LocaliserSpec(String kind, int stage, int tiles) {
    public static final String PATCH_GAUSSIAN = "patch-gaussian";

    public LocaliserSpec {
        if (!PATCH_GAUSSIAN.equals(kind)) {
            throw new IllegalArgumentException("unknown localiser kind: " + kind);
        }
        if (stage < 0 || tiles < 1 || tiles > 8) {
            throw new IllegalArgumentException("stage must be >= 0 and tiles in 1..8: " + stage + ", " + tiles);
        }
    }

    /** The localiser a model gets at a working size: chosen by measured pixel AUROC and AUPRO (README, Heatmaps). */
    public static LocaliserSpec defaultFor(int workingSize) {
        return patchGaussian(1, 1);
    }

    /** A patch-Gaussian localiser on the given stage and tiling. */
    public static LocaliserSpec patchGaussian(int stage, int tiles) {
        return new LocaliserSpec(PATCH_GAUSSIAN, stage, tiles);
    }
}
