package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import java.util.List;
import java.util.Random;

/**
 * CutDiff: darkens a soft elliptical patch to imitate a local defect.
 *
 * <p>Hyperparameters, in the order of {@code u}: {@code area} A, the patch area as a fraction of the image, in
 * [0.02, 0.15] (linear), and {@code aspect} r, width over height, in [0.3, 1.0] (log scale). The patch sides relative
 * to the image are {@code h = sqrt(A / r)} and {@code w = sqrt(A * r)}. For a centre {@code (ci, cj)} in pixels, pixel
 * {@code (i, j)} has {@code di = (i - ci) / (h * H)}, {@code dj = (j - cj) / (w * W)}, mask
 * {@code M = exp(-(di² + dj²) / 0.2)} and output {@code clip(x - M, 0, 1)} on every channel.
 *
 * <p>Gradient: reaches {@code u} through h and w. The clip passes no gradient where {@code x - M < 0}, i.e. in the
 * patch core of dark pixels; there only the rim of the patch, where {@code x - M > 0}, informs the area and aspect.
 * This is the method as specified. A smooth darkening such as {@code x * (1 - M)} would keep a gradient everywhere
 * {@code x > 0}, but it is a different augmentation and is not used here.
 */
public final class CutDiffAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "cutdiff";
    public static final HyperparameterRange AREA = new HyperparameterRange("area", 0.02, 0.15, false, "fraction");
    public static final HyperparameterRange ASPECT = new HyperparameterRange("aspect", 0.3, 1.0, true, "ratio");

    /** The original method's 0.2: the mask falls to exp(-5) ≈ 0.007 one patch side (h·H rows, w·W columns) away. */
    private static final double MASK_SPREAD = 0.2;

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(AREA, ASPECT);
    }

    /**
     * Draws one centre per image, row then column, uniformly over the pixel grid ({@code ci} in [0, H-1],
     * {@code cj} in [0, W-1], continuous), and applies the patch.
     */
    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 2);
        int n = Math.toIntExact(images.getShape().get(0));
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        double[] rowCentres = new double[n];
        double[] colCentres = new double[n];
        for (int k = 0; k < n; k++) {
            rowCentres[k] = random.nextDouble() * (height - 1);
            colCentres[k] = random.nextDouble() * (width - 1);
        }
        return applyAtCentres(images, u, rowCentres, colCentres);
    }

    /**
     * Applies the patch at given centres (constants, not differentiated).
     *
     * @param images     {@code [N, C, H, W]} in [0, 1]
     * @param u          unconstrained {@code [area, aspect]}, shape {@code [2]}
     * @param rowCentres {@code ci} per image, in pixels (row index), length N
     * @param colCentres {@code cj} per image, in pixels (column index), length N
     * @return {@code [N, C, H, W]} in [0, 1], attached to the images' manager
     */
    public NDArray applyAtCentres(NDArray images, NDArray u, double[] rowCentres, double[] colCentres) {
        BatchScope.check(images, u, 2);
        long n = images.getShape().get(0);
        if (rowCentres.length != n || colCentres.length != n) {
            throw new IllegalArgumentException("need one centre per image (" + n + ")");
        }
        NDArray local = BatchScope.adopt(images, u);
        NDArray area = BatchScope.toValue(AREA, BatchScope.component(local, 0));
        NDArray aspect = BatchScope.toValue(ASPECT, BatchScope.component(local, 1));
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        NDArray patchRows = area.div(aspect).sqrt().mul(height);
        NDArray patchCols = area.mul(aspect).sqrt().mul(width);
        NDArray di = offsets(images, rowCentres, height).div(patchRows).reshape(n, 1, height, 1);
        NDArray dj = offsets(images, colCentres, width).div(patchCols).reshape(n, 1, 1, width);
        NDArray mask = di.square().add(dj.square()).div(-MASK_SPREAD).exp();
        return images.sub(mask).clip(0, 1);
    }

    /** Pixel index minus centre, {@code [N, size]}, in pixels. */
    private static NDArray offsets(NDArray images, double[] centres, long size) {
        NDManager manager = images.getManager();
        DataType type = images.getDataType();
        NDArray index = manager.arange(0f, (float) size, 1f, type).reshape(1, size);
        return index.sub(BatchScope.constants(images, centres).reshape(centres.length, 1));
    }
}
