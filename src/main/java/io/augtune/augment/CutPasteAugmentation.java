package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

import java.util.List;
import java.util.Random;

/**
 * CutPaste: a rectangle of the image is copied from elsewhere in the same image and pasted over, as a misplaced
 * piece of texture or a foreign body with the surface's own look.
 *
 * <p>Hyperparameters, in the order of {@code u}: {@code area} A, the patch area as a fraction of the image, in
 * [0.02, 0.15] (linear), and {@code aspect} r, width over height, in [0.3, 3.3] (log scale, so the middle is a
 * square). The patch is {@code h = sqrt(A / r) · H} rows by {@code w = sqrt(A · r) · W} columns.
 *
 * <p>Mask: a soft box, the product of four sigmoids of the signed distances to the patch's sides, each over
 * {@value #EDGE_SOFTNESS} px; output {@code x + M · (shifted - x)}, where {@code shifted} is the image moved by a
 * whole number of pixels (so the pasted content is an exact copy, reflected at the border). A blend of two images in
 * [0, 1] stays in [0, 1]; the gradient reaches area and aspect through the patch's soft edges.
 */
public final class CutPasteAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "cutpaste";
    public static final HyperparameterRange AREA = new HyperparameterRange("area", 0.02, 0.15, false, "fraction");
    public static final HyperparameterRange ASPECT = new HyperparameterRange("aspect", 0.3, 3.3, true, "ratio");

    /** Pixels over which the edge goes from 27 % to 73 % mask: sharp like a real paste, yet differentiable. */
    static final double EDGE_SOFTNESS = 0.5;
    /** The copied patch comes from this share of the image side away, at least and at most. */
    private static final double MIN_SHIFT = 0.125;
    private static final double MAX_SHIFT = 0.5;

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(AREA, ASPECT);
    }

    /**
     * Draws per image, in this order: the patch centre (row, then column, uniformly over the pixel grid), then where
     * the copied content comes from: a distance between an eighth and half the image side (uniform) in a uniform
     * direction, rounded to whole pixels. Never zero, so the paste always moves something.
     */
    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 2);
        double[][] centres = PixelOffsets.uniformPoints(images, random);
        int n = centres[0].length;
        double side = Math.min(images.getShape().get(2), images.getShape().get(3));
        double[] rowShifts = new double[n];
        double[] colShifts = new double[n];
        for (int k = 0; k < n; k++) {
            double distance = side * (MIN_SHIFT + (MAX_SHIFT - MIN_SHIFT) * random.nextDouble());
            double direction = 2 * Math.PI * random.nextDouble();
            rowShifts[k] = Math.round(distance * Math.sin(direction));
            colShifts[k] = Math.round(distance * Math.cos(direction));
            if (rowShifts[k] == 0 && colShifts[k] == 0) {
                colShifts[k] = 1;
            }
        }
        return applyAt(images, u, new Placement(centres[0], centres[1], rowShifts, colShifts));
    }

    /**
     * Where each image's patch goes and where its content comes from. Lengths N.
     *
     * @param rows      patch centre row per image, in pixels
     * @param cols      patch centre column per image, in pixels
     * @param rowShifts whole pixels: output row i shows input row i + rowShift inside the patch
     * @param colShifts whole pixels, likewise for columns
     */
    record Placement(double[] rows, double[] cols, double[] rowShifts, double[] colShifts) {
    }

    /** Pastes at given places (constants, not differentiated); {@code [N, C, H, W]} in [0, 1]. */
    NDArray applyAt(NDArray images, NDArray u, Placement placement) {
        BatchScope.check(images, u, 2);
        long n = images.getShape().get(0);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        NDArray local = BatchScope.adopt(images, u);
        NDArray area = BatchScope.toValue(AREA, BatchScope.component(local, 0));
        NDArray aspect = BatchScope.toValue(ASPECT, BatchScope.component(local, 1));
        NDArray halfRows = area.div(aspect).sqrt().mul(height / 2.0);
        NDArray halfCols = area.mul(aspect).sqrt().mul(width / 2.0);
        NDArray mask = softInterval(PixelOffsets.rows(images, placement.rows()), halfRows)
                .mul(softInterval(PixelOffsets.cols(images, placement.cols()), halfCols))
                .reshape(n, 1, height, width);
        return images.add(mask.mul(shifted(images, placement).sub(images)));
    }

    /** About 1 where {@code -half < offset < half}, about 0 outside, with edges {@link #EDGE_SOFTNESS} px wide. */
    private static NDArray softInterval(NDArray offsets, NDArray half) {
        NDArray below = Activation.sigmoid(offsets.neg().add(half).div(EDGE_SOFTNESS));
        NDArray above = Activation.sigmoid(offsets.add(half).div(EDGE_SOFTNESS));
        return below.mul(above);
    }

    /** Every image moved by its whole-pixel shift, reflected at the border. */
    private static NDArray shifted(NDArray images, Placement placement) {
        long n = images.getShape().get(0);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        // pixel index minus (minus the shift) = the source pixel
        NDArray rows = PixelOffsets.rows(images, negated(placement.rowShifts())).broadcast(n, height, width);
        NDArray cols = PixelOffsets.cols(images, negated(placement.colShifts())).broadcast(n, height, width);
        return BilinearSampler.sample(images, rows, cols);
    }

    private static double[] negated(double[] values) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = -values[k];
        }
        return out;
    }
}
