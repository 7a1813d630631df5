package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

import java.util.List;
import java.util.Random;

/**
 * Stain: an irregular blob of smooth, mottled tone blended over the surface, as a stain, a smudge or an unevenly
 * finished spot.
 *
 * <p>Hyperparameters, in the order of {@code u}: {@code size}, the blob's diameter as a fraction of the image side
 * (the shorter side), in [0.1, 0.5] (linear), and {@code opacity}, how far the blob's core moves towards the stain's
 * tone, in [0.2, 1.0] (linear).
 *
 * <p>Mask: with {@code ρ} the distance from the blob's centre in radii, {@code M = sigmoid(}{@value #EDGE_SHARPNESS}
 * {@code · (1 - ρ²) + }{@value #WOBBLE}{@code · n)}, where {@code n} is a smooth random field in [-1, 1] that makes
 * the edge irregular. The stain's tone is a per-image level (uniform in [0, 1]) plus a smooth mottling of
 * ±{@value #MOTTLING}, clipped to [0, 1] (a constant). Output: {@code x + opacity · M · (tone - x)} on every channel:
 * a blend in [0, 1], with a gradient to the size through the whole mask and to the opacity everywhere.
 */
public final class StainAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "stain";
    public static final HyperparameterRange SIZE = new HyperparameterRange("size", 0.1, 0.5, false,
            "fraction of side");
    public static final HyperparameterRange OPACITY = new HyperparameterRange("opacity", 0.2, 1.0, false,
            "fraction");

    /** The mask is 0.98 at the centre, 0.5 on the nominal rim and 0.007 at 1.5 radii (before the wobble). */
    static final double EDGE_SHARPNESS = 4;
    /** Moves the rim between about 0.8 and 1.2 radii. */
    static final double WOBBLE = 1.5;
    static final double MOTTLING = 0.25;
    /** Coarse cells of the rim's wobble and of the mottling across the image side. */
    private static final int WOBBLE_CELLS = 4;
    private static final int MOTTLING_CELLS = 6;

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(SIZE, OPACITY);
    }

    /**
     * Draws per image, in this order: the blob's centre (row, then column, uniformly over the pixel grid); then, per
     * image, its tone level, the wobble field and the mottling field ({@link SmoothNoise}).
     */
    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 2);
        double[][] centres = PixelOffsets.uniformPoints(images, random);
        int n = centres[0].length;
        int height = Math.toIntExact(images.getShape().get(2));
        int width = Math.toIntExact(images.getShape().get(3));
        double[] wobble = new double[n * height * width];
        double[] tone = new double[n * height * width];
        for (int k = 0; k < n; k++) {
            double level = random.nextDouble();
            double[] edge = SmoothNoise.field(random, height, width, WOBBLE_CELLS);
            double[] mottling = SmoothNoise.field(random, height, width, MOTTLING_CELLS);
            for (int p = 0; p < edge.length; p++) {
                wobble[k * edge.length + p] = edge[p];
                tone[k * edge.length + p] = Math.min(1, Math.max(0, level + MOTTLING * mottling[p]));
            }
        }
        return applyAt(images, u, new Placement(centres[0], centres[1], wobble, tone));
    }

    /**
     * Where each image's stain goes and how it looks.
     *
     * @param rows   centre row per image, in pixels, length N
     * @param cols   centre column per image, in pixels, length N
     * @param wobble the rim's wobble field per pixel, in [-1, 1], {@code N·H·W} values in row-major order
     * @param tone   the stain's tone per pixel, in [0, 1], {@code N·H·W} values
     */
    record Placement(double[] rows, double[] cols, double[] wobble, double[] tone) {
    }

    /** Blends the stains at given places (constants, not differentiated); {@code [N, C, H, W]} in [0, 1]. */
    NDArray applyAt(NDArray images, NDArray u, Placement placement) {
        BatchScope.check(images, u, 2);
        long n = images.getShape().get(0);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        Shape perPixel = new Shape(n, 1, height, width);
        if (placement.wobble().length != perPixel.size() || placement.tone().length != perPixel.size()) {
            throw new IllegalArgumentException("need a wobble and a tone for every pixel of every image");
        }
        NDArray local = BatchScope.adopt(images, u);
        NDArray radius = BatchScope.toValue(SIZE, BatchScope.component(local, 0)).mul(Math.min(height, width) / 2.0);
        NDArray opacity = BatchScope.toValue(OPACITY, BatchScope.component(local, 1));
        NDArray di = PixelOffsets.rows(images, placement.rows());
        NDArray dj = PixelOffsets.cols(images, placement.cols());
        NDArray rhoSquared = di.square().add(dj.square()).div(radius.square()).reshape(perPixel);
        NDArray wobble = BatchScope.constants(images, placement.wobble()).reshape(perPixel);
        NDArray mask = Activation.sigmoid(rhoSquared.neg().add(1).mul(EDGE_SHARPNESS).add(wobble.mul(WOBBLE)));
        NDArray tone = BatchScope.constants(images, placement.tone()).reshape(perPixel);
        return images.add(mask.mul(opacity).mul(tone.sub(images)));
    }
}
