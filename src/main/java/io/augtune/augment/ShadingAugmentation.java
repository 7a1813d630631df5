package io.augtune.augment;

import ai.djl.ndarray.NDArray;

import java.util.List;
import java.util.Random;

/**
 * Shading: a brightness and contrast gradient across the whole image, as uneven lighting, a tilted part or a
 * coating that thins towards one side. Not a local defect: every pixel off the centre line changes.
 *
 * <p>One hyperparameter, {@code strength}, in [0.05, 0.6] (linear): how far the two extreme corners move towards
 * white on one side and towards black on the other. Each image gets its own direction, uniform over the full turn.
 *
 * <p>With {@code g} the pixel's position along the direction, scaled to [-1, 1] over the image, the output is
 * {@code x + strength · (max(g, 0) · (1 - x) - max(-g, 0) · x)} on every channel: a blend towards white where
 * {@code g > 0} and towards black where {@code g < 0}, so it stays in [0, 1], flattens the contrast on both sides,
 * and is linear in the strength, which therefore gets a gradient from every pixel off the centre line.
 */
public final class ShadingAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "shading";
    public static final HyperparameterRange STRENGTH = new HyperparameterRange("strength", 0.05, 0.6, false,
            "fraction");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(STRENGTH);
    }

    /** Draws one direction per image, in radians, uniform in [0, 2π). */
    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 1);
        int n = Math.toIntExact(images.getShape().get(0));
        double[] directions = new double[n];
        for (int k = 0; k < n; k++) {
            directions[k] = 2 * Math.PI * random.nextDouble();
        }
        return applyAt(images, u, directions);
    }

    /**
     * Shades each image towards white in its direction and towards black opposite.
     *
     * @param directions radians per image, length N: 0 brightens the right side, π/2 the top (as displayed)
     * @return {@code [N, C, H, W]} in [0, 1], attached to the images' manager
     */
    NDArray applyAt(NDArray images, NDArray u, double[] directions) {
        BatchScope.check(images, u, 1);
        long n = images.getShape().get(0);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        double[] centreRows = new double[directions.length];
        double[] centreCols = new double[directions.length];
        double[] cos = new double[directions.length];
        double[] sin = new double[directions.length];
        double[] reach = new double[directions.length];
        for (int k = 0; k < directions.length; k++) {
            centreRows[k] = (height - 1) / 2.0;
            centreCols[k] = (width - 1) / 2.0;
            cos[k] = Math.cos(directions[k]);
            sin[k] = Math.sin(directions[k]);
            // the farthest corner along the direction, so that g spans [-1, 1]
            reach[k] = centreRows[k] * Math.abs(sin[k]) + centreCols[k] * Math.abs(cos[k]);
        }
        NDArray di = PixelOffsets.rows(images, centreRows);
        NDArray dj = PixelOffsets.cols(images, centreCols);
        // rows grow downwards, so "up" is -di
        NDArray position = dj.mul(column(images, cos)).sub(di.mul(column(images, sin)))
                .div(column(images, reach)).reshape(n, 1, height, width);
        NDArray towardsWhite = position.maximum(0).mul(images.neg().add(1));
        NDArray towardsBlack = position.neg().maximum(0).mul(images);
        NDArray strength = BatchScope.toValue(STRENGTH, BatchScope.component(BatchScope.adopt(images, u), 0));
        return images.add(towardsWhite.sub(towardsBlack).mul(strength));
    }

    private static NDArray column(NDArray images, double[] values) {
        return BatchScope.constants(images, values).reshape(values.length, 1, 1);
    }
}
