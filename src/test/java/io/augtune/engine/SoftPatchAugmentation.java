package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * A test-only differentiable augmentation standing in for the real CutDiff in benchmarks: subtracts a soft Gaussian
 * patch whose side, 10-30% of the image, is {@code 0.1 + 0.2 * sigmoid(u[0])}; the gradient reaches u[0] through it.
 * Patch centres come from a seeded Random.
 */
final class SoftPatchAugmentation implements BiFunction<NDArray, NDArray, NDArray> {
    private final Random random = new Random(42);

    @Override
    public NDArray apply(NDArray images, NDArray u) {
        Shape shape = images.getShape();
        int n = (int) shape.get(0);
        int size = (int) shape.get(2);
        NDManager manager = images.getManager();
        NDArray rows = manager.arange(0f, size, 1f).reshape(1, size, 1);
        NDArray cols = manager.arange(0f, size, 1f).reshape(1, 1, size);
        float[] centreRows = new float[n];
        float[] centreCols = new float[n];
        for (int i = 0; i < n; i++) {
            centreRows[i] = random.nextFloat() * size;
            centreCols[i] = random.nextFloat() * size;
        }
        NDArray distance = rows.sub(manager.create(centreRows, new Shape(n, 1, 1))).square()
                .add(cols.sub(manager.create(centreCols, new Shape(n, 1, 1))).square());
        NDArray side = Activation.sigmoid(u.get(0)).mul(0.2f).add(0.1f).mul(size);
        NDArray mask = distance.div(side.square().mul(0.2f)).neg().exp();
        return images.sub(mask.expandDims(1)).clip(0f, 1f);
    }
}
