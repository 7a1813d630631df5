package io.augtune.engine;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The detector's blocks: {@code stageCount} stages of 3x3 convolution (stride 2) - BatchNorm - ReLU, global average
 * pooling to the embedding (plus a linear projection when its width differs from the last stage), and an MLP head
 * (Linear D to D/2, ReLU, Linear to 1 logit). Kept as a root block of [backbone, head] so that one stream saves all
 * parameters, while the backbone's children can still be run one by one for intermediate feature maps.
 *
 * <p>Every operation is called on the input batch, so all intermediates attach to the input's manager, never to the
 * manager owning the parameters.
 */
final class DetectorNetwork {
    private final DetectorConfig config;
    private final SequentialBlock root = new SequentialBlock();
    private final SequentialBlock backbone = new SequentialBlock();
    private final SequentialBlock head = new SequentialBlock();
    private final ParameterStore parameterStore;
    /** The frozen pretrained features under the stages, or null; owned by this network. */
    private final MobileNetFeatures pretrained;

    DetectorNetwork(DetectorConfig config, NDManager parameterManager) {
        this.config = config;
        // loaded last thing before use: nothing below can throw, so the weights are never left unowned
        this.pretrained = config.pretrained() ? MobileNetFeatures.load() : null;
        if (pretrained != null) {
            // a block without parameters: nothing of it is trained or saved, the weights come with the application
            backbone.add(LambdaBlock.singleton(pretrained::features, MobileNetFeatures.NAME));
        }
        for (int width : config.stageWidths()) {
            backbone.add(stage(width));
        }
        backbone.add(LambdaBlock.singleton(DetectorNetwork::globalAveragePool, "global_average_pool"));
        if (config.embeddingDim() != config.lastStageWidth()) {
            backbone.add(Linear.builder().setUnits(config.embeddingDim()).build());
        }
        head.add(Linear.builder().setUnits(Math.max(1, config.embeddingDim() / 2)).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(1).build());
        root.add(backbone).add(head);
        // He initialisation suits ReLU networks trained from scratch.
        root.setInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT);
        // copy=false: blocks read the parameter arrays themselves, no per-step copies.
        this.parameterStore = new ParameterStore(parameterManager, false);
    }

    private static Block stage(int width) {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optStride(new Shape(2, 2))
                        .optPadding(new Shape(1, 1)).setFilters(width).optBias(false).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    /** [N, C, h, w] to [N, C]. */
    private static NDArray globalAveragePool(NDArray features) {
        Shape shape = features.getShape();
        // PyTorch's DJL binding reduces one axis at a time, so flatten the spatial axes first.
        return features.reshape(shape.get(0), shape.get(1), -1).mean(new int[] {2});
    }

    /** Draws fresh parameters from the engine's random generator into {@code manager}. */
    void initialize(NDManager manager) {
        root.initialize(manager, DataType.FLOAT32, new Shape(1, config.channels(), config.inputSize(),
                config.inputSize()));
    }

    /** Raw (not normalised) embedding z {@code [N, D]} of images {@code [N, C, S, S]}. */
    NDArray embedding(NDArray images, boolean training) {
        return backbone.forward(parameterStore, new NDList(images), training).singletonOrThrow();
    }

    /** Logits {@code [N]} from raw embeddings {@code [N, D]}. */
    NDArray logits(NDArray embedding, boolean training) {
        NDArray column = head.forward(parameterStore, new NDList(embedding), training).singletonOrThrow();
        return column.reshape(-1);
    }

    /** Output of stage k (0-based), {@code [N, C_k, h_k, w_k]}. */
    NDArray featureMap(NDArray images, int stage, boolean training) {
        NDList features = new NDList(images);
        int first = pretrained == null ? 0 : 1;
        for (int k = 0; k <= stage + first; k++) {
            features = backbone.getChildren().get(k).getValue().forward(parameterStore, features, training);
        }
        return features.singletonOrThrow();
    }

    /** All parameters, including BatchNorm running statistics (which do not require gradient). */
    List<Parameter> parameters() {
        return root.getParameters().values();
    }

    /**
     * Runs an eval-mode forward pass with the trainable parameters excluded from autograd, so that a caller
     * differentiating the result with respect to its input neither pays for nor accumulates parameter gradients.
     */
    <T> T withParametersFrozen(Supplier<T> forward) {
        List<NDArray> trainable = parameters().stream().filter(Parameter::requiresGradient)
                .map(Parameter::getArray).toList();
        trainable.forEach(array -> array.setRequiresGradient(false));
        try {
            return forward.get();
        } finally {
            trainable.forEach(array -> array.setRequiresGradient(true));
        }
    }

    void save(DataOutputStream out) throws IOException {
        root.saveParameters(out);
    }

    void load(NDManager manager, DataInputStream in) throws IOException, MalformedModelException {
        root.loadParameters(manager, in);
    }

    /** Frees the pretrained weights, if any. */
    void close() {
        if (pretrained != null) {
            pretrained.close();
        }
    }
}
