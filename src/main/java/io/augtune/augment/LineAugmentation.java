package io.augtune.augment;

import ai.djl.ndarray.NDArray;

import java.util.List;
import java.util.Random;

/**
 * Thin line: a straight scratch or crack, darker or brighter than the surface, drawn with a soft edge.
 *
 * <p>Hyperparameters, in the order of {@code u}:
 * <ul>
 *   <li>{@code length}: the line's length as a fraction of the image side (the shorter side), [0.1, 0.9], linear;</li>
 *   <li>{@code width}: its width as a fraction of the image side, [0.01, 0.08], log scale; the width is measured
 *       between the points where the line has fallen to 1/e of its full contrast (0.6 to 5 px at 64 px);</li>
 *   <li>{@code contrast}: how far the line's centre moves towards black or white, [0.1, 1.0], linear
 *       (1 = fully black or white);</li>
 *   <li>{@code tilt}: the largest angle between a line and the horizontal, in degrees, [0, 90], linear; each line
 *       gets its own angle uniformly in [-tilt, +tilt], so 0 draws horizontal lines only and 90 any direction.</li>
 * </ul>
 *
 * <p>Mask: with {@code along} and {@code across} the pixel's coordinates along and across the line from its
 * centre, the distance to the segment is {@code d² = max(|along| - length/2, 0)² + across²} and the mask is
 * {@code M = exp(-d² / (width/2)²)}. Output: {@code x + contrast · M · (tone - x)} on every channel, with tone 0
 * (dark line) or 1 (bright line) per image; a blend of x and the tone, so it stays in [0, 1] without clipping and the
 * gradient reaches every hyperparameter wherever the mask is not negligible: length through the line's ends,
 * width and contrast everywhere on the line, tilt through the direction.
 */
public final class LineAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "line";
    public static final HyperparameterRange LENGTH = new HyperparameterRange("length", 0.1, 0.9, false,
            "fraction of side");
    public static final HyperparameterRange WIDTH = new HyperparameterRange("width", 0.01, 0.08, true,
            "fraction of side");
    public static final HyperparameterRange CONTRAST = new HyperparameterRange("contrast", 0.1, 1.0, false,
            "fraction");
    public static final HyperparameterRange TILT = new HyperparameterRange("tilt", 0, 90, false, "degrees");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(LENGTH, WIDTH, CONTRAST, TILT);
    }

    /**
     * Draws per image, in this order: the line's centre (row, then column, uniformly over the pixel grid), then its
     * share of the tilt range (uniform in [-1, 1]) and its tone (dark or bright, even odds).
     */
    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 4);
        double[][] centres = PixelOffsets.uniformPoints(images, random);
        int n = centres[0].length;
        double[] tiltShares = new double[n];
        double[] tones = new double[n];
        for (int k = 0; k < n; k++) {
            tiltShares[k] = 2 * random.nextDouble() - 1;
            tones[k] = random.nextBoolean() ? 1 : 0;
        }
        return applyAt(images, u, new Placement(centres[0], centres[1], tiltShares, tones));
    }

    /**
     * Where each image's line goes. Lengths N.
     *
     * @param rows       centre row per image, in pixels
     * @param cols       centre column per image, in pixels
     * @param tiltShares the line's angle as a share of {@code tilt}, in [-1, 1]; positive turns counter-clockwise
     *                   as displayed
     * @param tones      0 for a dark line, 1 for a bright one
     */
    record Placement(double[] rows, double[] cols, double[] tiltShares, double[] tones) {
    }

    /** Draws the lines at given places (constants, not differentiated); {@code [N, C, H, W]} in [0, 1]. */
    NDArray applyAt(NDArray images, NDArray u, Placement placement) {
        BatchScope.check(images, u, 4);
        long n = images.getShape().get(0);
        if (placement.tiltShares().length != n || placement.tones().length != n) {
            throw new IllegalArgumentException("need one tilt share and one tone per image (" + n + ")");
        }
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        double side = Math.min(height, width);
        NDArray local = BatchScope.adopt(images, u);
        NDArray halfLength = BatchScope.toValue(LENGTH, BatchScope.component(local, 0)).mul(side / 2);
        NDArray halfWidth = BatchScope.toValue(WIDTH, BatchScope.component(local, 1)).mul(side / 2);
        NDArray contrast = BatchScope.toValue(CONTRAST, BatchScope.component(local, 2));
        NDArray tilt = BatchScope.toValue(TILT, BatchScope.component(local, 3));

        NDArray radians = BatchScope.constants(images, placement.tiltShares()).mul(tilt).mul(Math.PI / 180)
                .reshape(n, 1, 1);
        NDArray cos = radians.cos();
        NDArray sin = radians.sin();
        NDArray di = PixelOffsets.rows(images, placement.rows());
        NDArray dj = PixelOffsets.cols(images, placement.cols());
        // rows grow downwards, so a counter-clockwise line rises to the right: along = dj·cos - di·sin
        NDArray along = dj.mul(cos).sub(di.mul(sin));
        NDArray across = dj.mul(sin).add(di.mul(cos));
        NDArray beyondEnds = along.abs().sub(halfLength).maximum(0);
        NDArray distanceSquared = beyondEnds.square().add(across.square());
        NDArray mask = distanceSquared.div(halfWidth.square()).neg().exp().reshape(n, 1, height, width);
        NDArray tones = BatchScope.constants(images, placement.tones()).reshape(n, 1, 1, 1);
        return images.add(mask.mul(contrast).mul(tones.sub(images)));
    }
}
