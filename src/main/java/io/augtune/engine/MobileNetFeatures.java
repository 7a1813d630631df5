package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

import java.util.HashMap;
import java.util.Map;

/**
 * A frozen, pretrained feature extractor (issues #8, #14): the first blocks of a MobileNetV2, read at
 * {@code block_5_add} (stride 8, 32 channels; the trained detector's backbone) and, for frozen patch detection, also at
 * {@code block_12_add} (stride 16, 96 channels), with the weights of the MobileNetV2 shipped in nsfwjs 4.4.0 (MIT).
 * Those layers were frozen when nsfwjs fine-tuned its classifier, so they are ImageNet features. The weights are
 * converted once by {@code src/tools/pretrained/convert.mjs} from the pinned npm package and ship as a resource;
 * {@code MobileNetFeaturesTest} checks this port against TensorFlow.js's own outputs.
 *
 * <p>BatchNorm is folded into the preceding convolution (inference only: the weights never train). Inputs are
 * pixel/255 in [0, 1], what nsfwjs feeds the network (and what the measurements used); a gray image is given to all three colour channels. The model
 * pads stride-2 layers on the bottom and right only, reproduced here. Every operation is called on the input, so intermediates belong to the
 * input's manager and gradients reach the input (the augmentation) through the frozen layers.
 */
public final class MobileNetFeatures implements AutoCloseable {
    /** Name of the block-5 feature extractor in detector descriptions and saved models. */
    public static final String NAME = "mobilenetv2-block5";
    /** Channels of {@link #features}. */
    public static final int CHANNELS = 32;
    /** Pixels per output position of {@link #features} along each axis. */
    public static final int STRIDE = 8;
    /** Channels of the deeper output of {@link #twoLayers}. */
    public static final int DEEP_CHANNELS = 96;
    /** Pixels per position of the deeper output. */
    public static final int DEEP_STRIDE = 16;
    /**
     * Blocks 1-12 in one file; those up to block 5 are bit for bit the ones the block-5 backbone shipped with before
     * (the converter dequantises them the same way), so saved models score as before.
     */
    private static final String RESOURCE = "mobilenetv2-block12.bin";
    /** The last block of {@link #features}. */
    private static final int SHALLOW_BLOCK = 5;
    private static final String MAGIC = "AUGTMN01";
    private static final float BN_EPSILON = 1e-3f;
    /** Expansion block k: {input channels, expanded channels, output channels, stride}. */
    private static final int[][] BLOCKS = {
            {16, 96, 24, 2}, {24, 144, 24, 1}, {24, 144, 32, 2}, {32, 192, 32, 1}, {32, 192, 32, 1},
            {32, 192, 64, 2}, {64, 384, 64, 1}, {64, 384, 64, 1}, {64, 384, 64, 1}, {64, 384, 96, 1},
            {96, 576, 96, 1}, {96, 576, 96, 1}};

    private final NDManager manager;
    private final Map<String, NDArray[]> layers = new HashMap<>();

    private MobileNetFeatures(NDManager manager, Map<String, float[]> values, Map<String, int[]> shapes) {
        this.manager = manager;
        fold("Conv1", "bn_Conv1", false, values, shapes);
        fold("expanded_conv_depthwise", "expanded_conv_depthwise_BN", true, values, shapes);
        fold("expanded_conv_project", "expanded_conv_project_BN", false, values, shapes);
        for (int k = 1; k <= BLOCKS.length; k++) {
            String b = "block_" + k + "_";
            fold(b + "expand", b + "expand_BN", false, values, shapes);
            fold(b + "depthwise", b + "depthwise_BN", true, values, shapes);
            fold(b + "project", b + "project_BN", false, values, shapes);
        }
    }

    /** Loads the shipped weights into a manager of its own (closed with this object). */
    public static MobileNetFeatures load() {
        Map<String, float[]> values = new HashMap<>();
        Map<String, int[]> shapes = new HashMap<>();
        WeightFile.read(RESOURCE, MAGIC, WeightFile.Encoding.FLOATS).forEach((name, tensor) -> {
            values.put(name, tensor.values());
            shapes.put(name, tensor.shape());
        });
        return new MobileNetFeatures(NDManager.newBaseManager(), values, shapes);
    }

    /**
     * Folds BatchNorm into the convolution: {@code w' = w·γ/√(σ²+ε)}, {@code b' = β − μ·γ/√(σ²+ε)} per output channel,
     * and stores the weight in PyTorch's layout ({@code [out, in/groups, kh, kw]}).
     */
    private void fold(String conv, String bn, boolean depthwise, Map<String, float[]> values,
                      Map<String, int[]> shapes) {
        float[] w = require(values, conv + (depthwise ? "/depthwise_kernel" : "/kernel"));
        int[] s = shapes.get(conv + (depthwise ? "/depthwise_kernel" : "/kernel"));
        float[] gamma = require(values, bn + "/gamma");
        float[] beta = require(values, bn + "/beta");
        float[] mean = require(values, bn + "/moving_mean");
        float[] variance = require(values, bn + "/moving_variance");
        int kh = s[0];
        int kw = s[1];
        int in = depthwise ? 1 : s[2];
        int out = depthwise ? s[2] : s[3];
        float[] weight = new float[out * in * kh * kw];
        float[] bias = new float[out];
        for (int o = 0; o < out; o++) {
            float scale = gamma[o] / (float) Math.sqrt(variance[o] + BN_EPSILON);
            bias[o] = beta[o] - mean[o] * scale;
            for (int i = 0; i < in; i++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        // Keras: [kh, kw, in, out] (depthwise: [kh, kw, channels, 1])
                        int from = depthwise ? (y * kw + x) * out + o : ((y * kw + x) * in + i) * out + o;
                        weight[((o * in + i) * kh + y) * kw + x] = w[from] * scale;
                    }
                }
            }
        }
        layers.put(conv, new NDArray[] {manager.create(weight, new Shape(out, in, kh, kw)), manager.create(bias)});
    }

    private static float[] require(Map<String, float[]> values, String name) {
        float[] v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("the pretrained weights lack " + name);
        }
        return v;
    }

    /**
     * The {@code block_5_add} features of images {@code [N, C, H, W]} in [0, 1] (C = 1 or 3):
     * {@code [N, 32, floor(H/8), floor(W/8)]}. Differentiable in the images.
     */
    public NDArray features(NDArray images) {
        return blocks(stem(images), 1, SHALLOW_BLOCK);
    }

    /**
     * Both layers of one forward pass, for images {@code [N, C, H, W]} in [0, 1]: {@code block_5_add}
     * {@code [N, 32, floor(H/8), floor(W/8)]} and {@code block_12_add} {@code [N, 96, floor(H/16), floor(W/16)]}.
     */
    public NDArray[] twoLayers(NDArray images) {
        NDArray shallow = features(images);
        return new NDArray[] {shallow, blocks(shallow, SHALLOW_BLOCK + 1, BLOCKS.length)};
    }

    private NDArray stem(NDArray images) {
        NDArray x = images.getShape().get(1) == 1 ? images.repeat(1, 3) : images;
        x = relu6(conv(x, "Conv1", 2, 1));
        x = relu6(conv(x, "expanded_conv_depthwise", 1, 32));
        return conv(x, "expanded_conv_project", 1, 1);
    }

    /** Expansion blocks first..last (1-based) applied to x. */
    private NDArray blocks(NDArray x, int first, int last) {
        for (int k = first; k <= last; k++) {
            int[] block = BLOCKS[k - 1];
            String b = "block_" + k + "_";
            NDArray h = relu6(conv(x, b + "expand", 1, 1));
            h = relu6(conv(h, b + "depthwise", block[3], block[1]));
            h = conv(h, b + "project", 1, 1);
            x = block[0] == block[2] && block[3] == 1 ? x.add(h) : h;
        }
        return x;
    }

    /** Output side of {@link #features} for an input side: three stride-2 layers, each mapping n to floor(n / 2). */
    public static int outputSize(int inputSize) {
        return inputSize / 8;
    }

    /** Output side of the deeper layer: a fourth stride-2 layer. */
    public static int deepOutputSize(int inputSize) {
        return inputSize / 8 / 2;
    }

    private NDArray conv(NDArray x, String name, int stride, int groups) {
        NDArray[] wb = layers.get(name);
        int kernel = (int) wb[0].getShape().get(2);
        if (kernel == 1) {
            return Conv2d.conv2d(x, wb[0], wb[1], new Shape(1, 1), new Shape(0, 0), new Shape(1, 1), groups)
                    .singletonOrThrow();
        }
        if (stride == 1) {
            return Conv2d.conv2d(x, wb[0], wb[1], new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), groups)
                    .singletonOrThrow();
        }
        // The model pads before each stride-2 layer with one row and column of zeros after the image (Keras computed
        // that padding for its 224-pixel input and stored it). PyTorch pads symmetrically only, so the zeros are
        // concatenated explicitly.
        NDArray padded = zeroBorder(zeroBorder(x, 2), 3);
        return Conv2d.conv2d(padded, wb[0], wb[1], new Shape(2, 2), new Shape(0, 0), new Shape(1, 1), groups)
                .singletonOrThrow();
    }

    /** x with one plane of zeros appended along the axis. */
    private static NDArray zeroBorder(NDArray x, int axis) {
        long[] dims = x.getShape().getShape().clone(); // getShape() hands out the shape's own array
        dims[axis] = 1;
        return x.concat(x.getManager().zeros(new Shape(dims), x.getDataType()), axis);
    }

    private static NDArray relu6(NDArray x) {
        return x.clip(0, 6);
    }

    @Override
    public void close() {
        manager.close();
    }
}
