package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import java.util.List;
import java.util.Random;

/**
 * Rotation: rotates each image about its centre, a global / semantic anomaly.
 *
 * <p>One hyperparameter, {@code angle} θ in degrees, [0, 180] (linear). Each image is rotated by +θ or −θ, the sign
 * drawn per image from the given Random: a real misplaced part is turned either way, and a fixed direction would let
 * the detector learn a handedness instead of "rotated". Positive angles turn the image counter-clockwise as displayed
 * (row index growing downwards). Sampling is bilinear with reflection at the border ({@link BilinearSampler}); the
 * weights depend on θ, so the gradient reaches {@code u}.
 */
public final class RotationAugmentation implements DifferentiableAugmentation {

    public static final String FAMILY = "rotation";
    public static final HyperparameterRange ANGLE = new HyperparameterRange("angle", 0, 180, false, "degrees");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<HyperparameterRange> ranges() {
        return List.of(ANGLE);
    }

    @Override
    public NDArray apply(NDArray images, NDArray u, Random random) {
        BatchScope.check(images, u, 1);
        int n = Math.toIntExact(images.getShape().get(0));
        double[] signs = new double[n];
        for (int k = 0; k < n; k++) {
            signs[k] = random.nextBoolean() ? 1 : -1;
        }
        NDArray angle = BatchScope.toValue(ANGLE, BatchScope.component(BatchScope.adopt(images, u), 0));
        return rotate(images, BatchScope.constants(images, signs).mul(angle));
    }

    /**
     * Rotates each image about its centre {@code ((H-1)/2, (W-1)/2)}.
     *
     * @param images        {@code [N, C, H, W]}
     * @param anglesDegrees one angle per image {@code [N]}, in degrees, counter-clockwise positive; may carry gradient
     * @return {@code [N, C, H, W]}, attached to the images' manager
     */
    public static NDArray rotate(NDArray images, NDArray anglesDegrees) {
        long n = images.getShape().get(0);
        BatchScope.check(images, anglesDegrees, n);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        NDArray radians = BatchScope.adopt(images, anglesDegrees).mul(Math.PI / 180).reshape(n, 1, 1);
        NDArray cos = radians.cos();
        NDArray sin = radians.sin();
        NDArray di = centredIndex(images.getManager(), height, images.getDataType()).reshape(1, height, 1);
        NDArray dj = centredIndex(images.getManager(), width, images.getDataType()).reshape(1, 1, width);
        // Output pixel (di, dj) samples the input at R(-θ)·(di, dj), written in row/column coordinates.
        NDArray rows = cos.mul(di).add(sin.mul(dj)).add((height - 1) / 2.0);
        NDArray cols = cos.mul(dj).sub(sin.mul(di)).add((width - 1) / 2.0);
        return BilinearSampler.sample(images, rows, cols);
    }

    /** Pixel index minus the centre index {@code (size-1)/2}, shape {@code [size]}. */
    private static NDArray centredIndex(NDManager manager, long size, DataType type) {
        return manager.arange(0f, (float) size, 1f, type).sub((size - 1) / 2.0);
    }
}
