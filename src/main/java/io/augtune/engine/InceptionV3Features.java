package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

import java.util.Map;
import java.util.Set;

/**
 * A frozen, pretrained InceptionV3 (issue #14) up to {@code mixed5}, read at {@code mixed2} (288 channels) and
 * {@code mixed5} (768 channels), with the weights of the InceptionV3 shipped in nsfwjs 4.4.0 (MIT; started from
 * ImageNet). The weights are converted once by {@code src/tools/pretrained/convert-inception.mjs} from the pinned npm
 * package and ship as a resource of 8-bit codes; {@code InceptionV3FeaturesTest} checks this port against
 * TensorFlow.js's own outputs.
 *
 * <p>The layers are Keras' {@code conv2d_bn} units (convolution without bias, BatchNorm without scale, ReLU), numbered
 * in the order Keras' {@code inception_v3.py} creates them; BatchNorm is folded into the convolution. Keras 'same'
 * with stride 1 and odd kernels pads symmetrically, which PyTorch does too; every stride-2 layer up to mixed5 is
 * 'valid', so TF's asymmetric 'same' padding never occurs. Its average pools ('same', 3×3) divide by the pixels inside
 * the image, as TF does. Inputs are pixel/255 in [0, 1] (nsfwjs' own scaling); a gray image is given to all three
 * colour channels. Inference only.
 */
public final class InceptionV3Features implements AutoCloseable {
    /** Channels of {@code mixed2}. */
    public static final int SHALLOW_CHANNELS = 288;
    /** Channels of {@code mixed5}. */
    public static final int DEEP_CHANNELS = 768;
    /** Smallest side that reaches {@code mixed5} (one position). */
    public static final int MIN_SIDE = 43;
    private static final String RESOURCE = "inceptionv3-mixed5.bin";
    private static final float BN_EPSILON = 1e-3f;
    private static final int LAST_CONV = 50;
    /** The 'valid' convolutions (the stem's and mixed3's); all others are 'same'. */
    private static final Set<Integer> VALID = Set.of(1, 2, 5, 27, 30);
    /** The stride-2 convolutions. */
    private static final Set<Integer> STRIDE_2 = Set.of(1, 27, 30);

    private final NDManager manager;
    private final NDArray[] weights = new NDArray[LAST_CONV + 1];
    private final NDArray[] biases = new NDArray[LAST_CONV + 1];

    private InceptionV3Features(NDManager manager, Map<String, WeightFile.Tensor> tensors) {
        this.manager = manager;
        for (int k = 1; k <= LAST_CONV; k++) {
            fold(k, tensors);
        }
    }

    /** Loads the shipped weights into a manager of its own (closed with this object). */
    public static InceptionV3Features load() {
        return new InceptionV3Features(NDManager.newBaseManager(), WeightFile.read(RESOURCE, "AUGTIQ01", WeightFile.Encoding.CODES));
    }

    /**
     * Folds {@code batch_normalization_k} (no γ) into {@code conv2d_k}: {@code w' = w/√(σ²+ε)},
     * {@code b' = β − μ/√(σ²+ε)} per output channel; the weight goes to PyTorch's layout {@code [out, in, kh, kw]}.
     */
    private void fold(int k, Map<String, WeightFile.Tensor> tensors) {
        WeightFile.Tensor kernel = require(tensors, "conv2d_" + k + "/kernel");
        String bn = "batch_normalization_" + k + "/";
        float[] beta = require(tensors, bn + "beta").values();
        float[] mean = require(tensors, bn + "moving_mean").values();
        float[] variance = require(tensors, bn + "moving_variance").values();
        int[] s = kernel.shape();
        int kh = s[0];
        int kw = s[1];
        int in = s[2];
        int out = s[3];
        float[] w = kernel.values();
        float[] weight = new float[out * in * kh * kw];
        float[] bias = new float[out];
        for (int o = 0; o < out; o++) {
            float scale = 1 / (float) Math.sqrt(variance[o] + BN_EPSILON);
            bias[o] = beta[o] - mean[o] * scale;
            for (int i = 0; i < in; i++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        // Keras: [kh, kw, in, out]
                        weight[((o * in + i) * kh + y) * kw + x] = w[((y * kw + x) * in + i) * out + o] * scale;
                    }
                }
            }
        }
        weights[k] = manager.create(weight, new Shape(out, in, kh, kw));
        biases[k] = manager.create(bias);
    }

    private static WeightFile.Tensor require(Map<String, WeightFile.Tensor> tensors, String name) {
        WeightFile.Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalStateException("the pretrained weights lack " + name);
        }
        return t;
    }

    /**
     * {@code mixed2} {@code [N, 288, h, w]} and {@code mixed5} {@code [N, 768, h', w']} of images {@code [N, C, H, W]}
     * in [0, 1] (C = 1 or 3), sides at least {@value #MIN_SIDE}; the sides are {@link #shallowSize} and
     * {@link #deepSize} of the input's.
     */
    public NDArray[] twoLayers(NDArray images) {
        if (images.getShape().get(2) < MIN_SIDE || images.getShape().get(3) < MIN_SIDE) {
            throw new IllegalArgumentException("InceptionV3 needs at least " + MIN_SIDE + " pixels each way: "
                    + images.getShape());
        }
        NDArray x = images.getShape().get(1) == 1 ? images.repeat(1, 3) : images;
        x = conv(x, 1);
        x = conv(x, 2);
        x = maxPool(conv(x, 3));
        x = conv(x, 4);
        x = maxPool(conv(x, 5));
        x = mixedA(x, 6);
        x = mixedA(x, 13);
        NDArray mixed2 = mixedA(x, 20);
        x = mixed3(mixed2);
        x = mixedC(x, 31);
        NDArray mixed5 = mixedC(x, 41);
        return new NDArray[] {mixed2, mixed5};
    }

    /** mixed0-2 (35×35 at 299 px): 1×1 | 1×1, 5×5 | 1×1, 3×3, 3×3 | avg pool, 1×1; convolutions first..first+6. */
    private NDArray mixedA(NDArray x, int first) {
        NDArray b1 = conv(x, first);
        NDArray b5 = conv(conv(x, first + 1), first + 2);
        NDArray b3 = conv(conv(conv(x, first + 3), first + 4), first + 5);
        NDArray pool = conv(avgPool(x), first + 6);
        return NDArrays.concat(new NDList(b1, b5, b3, pool), 1);
    }

    /** mixed3, the grid reduction to 17×17: 3×3/2 | 1×1, 3×3, 3×3/2 | max pool 3×3/2. */
    private NDArray mixed3(NDArray x) {
        NDArray b3 = conv(x, 27);
        NDArray dbl = conv(conv(conv(x, 28), 29), 30);
        return NDArrays.concat(new NDList(b3, dbl, maxPool(x)), 1);
    }

    /**
     * mixed4-5 (17×17): 1×1 | 1×1, 1×7, 7×1 | 1×1, 7×1, 1×7, 7×1, 1×7 | avg pool, 1×1; convolutions first..first+9
     * (the kernels' shapes come with the weights).
     */
    private NDArray mixedC(NDArray x, int first) {
        NDArray b1 = conv(x, first);
        NDArray b7 = conv(conv(conv(x, first + 1), first + 2), first + 3);
        NDArray dbl = x;
        for (int k = first + 4; k <= first + 8; k++) {
            dbl = conv(dbl, k);
        }
        NDArray pool = conv(avgPool(x), first + 9);
        return NDArrays.concat(new NDList(b1, b7, dbl, pool), 1);
    }

    /** conv2d_k with its folded BatchNorm, then ReLU. */
    private NDArray conv(NDArray x, int k) {
        NDArray w = weights[k];
        int kh = (int) w.getShape().get(2);
        int kw = (int) w.getShape().get(3);
        int stride = STRIDE_2.contains(k) ? 2 : 1;
        // 'same' at stride 1 with odd kernels: (k - 1) / 2 zeros on each side
        Shape padding = VALID.contains(k) ? new Shape(0, 0) : new Shape((kh - 1) / 2, (kw - 1) / 2);
        return Conv2d.conv2d(x, w, biases[k], new Shape(stride, stride), padding, new Shape(1, 1), 1)
                .singletonOrThrow().maximum(0f);
    }

    private static NDArray maxPool(NDArray x) {
        return Pool.maxPool2d(x, new Shape(3, 3), new Shape(2, 2), new Shape(0, 0), false);
    }

    /** 3×3 'same' average pool, divided by the values inside the image, as TF does. */
    private static NDArray avgPool(NDArray x) {
        return WindowAverage.insideMap(x, 3);
    }

    /** Side of {@code mixed2} for an input side: two 'valid' 3×3 stride-2 layers and two 'valid' 3×3 ones. */
    public static int shallowSize(int inputSize) {
        int n = half(inputSize); // conv2d_1
        n = half(n - 2);         // conv2d_2, then max pool
        return half(n - 2);      // conv2d_5, then max pool
    }

    /** Side of {@code mixed5}: mixed3 halves once more, 'valid'. */
    public static int deepSize(int inputSize) {
        return half(shallowSize(inputSize));
    }

    /** A 'valid' 3×3 stride-2 layer: n to floor((n − 3) / 2) + 1. */
    private static int half(int n) {
        return (n - 3) / 2 + 1;
    }

    @Override
    public void close() {
        manager.close();
    }
}
