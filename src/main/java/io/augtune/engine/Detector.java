package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The self-supervised anomaly detector: a small CNN trained from scratch to tell normal images (label 0) from
 * augmented ones (label 1), whose L2-normalised pooled features serve as the embedding for validation and scoring.
 *
 * <p>All images are float tensors {@code [N, C, S, S]} with C and S from the {@link DetectorConfig}, values in [0,1].
 * Results of {@link #embed}, {@link #logits} and {@link #featureMap} attach to the manager of the images passed in, so
 * callers run each step in a sub-manager of {@link #manager()} and close it afterwards; {@link #trainStep} keeps its
 * own intermediates in a sub-manager it closes itself. Not thread-safe: one thread at a time.
 */
public final class Detector implements AutoCloseable {
    /** Images per inference batch: 32-64 was measured fastest per image on 2 cores. */
    static final int INFERENCE_BATCH = 64;

    private final DetectorConfig config;
    private final NDManager manager;
    private final DetectorNetwork network;
    private final Optimizer optimizer;
    private final Loss loss = Loss.sigmoidBinaryCrossEntropyLoss();
    private boolean closed;

    private Detector(DetectorConfig config, NDManager manager, DetectorNetwork network) {
        this.config = config;
        this.manager = manager;
        this.network = network;
        this.optimizer = Optimizer.adam()
                .optLearningRateTracker(Tracker.fixed((float) config.learningRate()))
                .optWeightDecays((float) config.weightDecay())
                .build();
    }

    /**
     * A detector with freshly initialised weights. The engine's random generator is seeded with {@code seed} first,
     * so the same config and seed give identical weights (seeds equal in {@link Long#hashCode} are equivalent).
     */
    public static Detector create(DetectorConfig config, long seed) {
        Objects.requireNonNull(config, "config");
        Engine.getInstance().setRandomSeed(Long.hashCode(seed));
        NDManager manager = NDManager.newBaseManager();
        try {
            DetectorNetwork network = new DetectorNetwork(config, manager);
            try {
                network.initialize(manager);
            } catch (RuntimeException e) {
                network.close();
                throw e;
            }
            return new Detector(config, manager, network);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads a detector written by {@link #save}. The optimiser starts afresh (its moments are not saved).
     *
     * @throws IOException naming the folder when it is missing, corrupt or written by an incompatible version
     */
    public static Detector load(Path dir) throws IOException {
        DetectorConfig config = DetectorCheckpoint.readConfig(dir);
        NDManager manager = NDManager.newBaseManager();
        try {
            DetectorNetwork network = new DetectorNetwork(config, manager);
            try {
                network.initialize(manager); // fixes every parameter's shape; the values are replaced next
                DetectorCheckpoint.readParameters(dir, network, manager);
            } catch (IOException | RuntimeException e) {
                network.close();
                throw e;
            }
            return new Detector(config, manager, network);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public DetectorConfig config() {
        return config;
    }

    /** The long-lived manager owning the parameters; create per-step sub-managers from it. */
    public NDManager manager() {
        return manager;
    }

    /**
     * One Adam step on binary cross-entropy with logits over the concatenation of both batches (training mode, so
     * BatchNorm uses and updates batch statistics). Both inputs are detached first: only the network learns here.
     * Must not be called while another {@link GradientCollector} is open (PyTorch allows one at a time).
     *
     * @param normal    normal images {@code [N, C, S, S]}, labelled 0
     * @param augmented the same kind of images after augmentation {@code [N, C, S, S]}, labelled 1
     * @return the mean loss of this step, before the update
     */
    public float trainStep(NDArray normal, NDArray augmented) {
        requireOpen();
        requireImages("normal", normal);
        requireImages("augmented", augmented);
        if (!normal.getShape().equals(augmented.getShape())) {
            throw new IllegalArgumentException("normal " + normal.getShape() + " and augmented "
                    + augmented.getShape() + " batches differ in shape");
        }
        try (NDManager step = manager.newSubManager()) {
            NDArray inputs = detachedInto(step, normal).concat(detachedInto(step, augmented));
            long n = normal.getShape().get(0);
            NDArray labels = step.zeros(new Shape(n)).concat(step.ones(new Shape(n)));
            float lossValue = backpropagate(inputs, labels);
            updateParameters(step);
            return lossValue;
        }
    }

    private float backpropagate(NDArray inputs, NDArray labels) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            // Adam clears gradients after each update; this also clears any a caller produced in between.
            zeroParameterGradients();
            NDArray logits = network.logits(network.embedding(inputs, true), true);
            NDArray value = loss.evaluate(new NDList(labels), new NDList(logits));
            collector.backward(value);
            return value.getFloat();
        }
    }

    private void zeroParameterGradients() {
        for (Parameter parameter : network.parameters()) {
            if (parameter.requiresGradient()) {
                JniUtils.zeroGrad((PtNDArray) parameter.getArray());
            }
        }
    }

    private void updateParameters(NDManager step) {
        try (GradientMode off = GradientMode.disabled()) {
            for (Parameter parameter : network.parameters()) {
                if (parameter.requiresGradient()) {
                    NDArray weight = parameter.getArray();
                    NDArray gradient = weight.getGradient();
                    gradient.attach(step); // a fresh handle on each call: closed with the step
                    optimizer.update(parameter.getId(), weight, gradient);
                }
            }
        }
    }

    /** Float32 view of {@code images} cut from any autograd graph, owned by {@code step}. */
    private static NDArray detachedInto(NDManager step, NDArray images) {
        NDArray detached = images.stopGradient();
        detached.attach(step);
        return asFloat32(detached);
    }

    private static NDArray asFloat32(NDArray images) {
        return images.getDataType() == DataType.FLOAT32 ? images : images.toType(DataType.FLOAT32, false);
    }

    /**
     * Eval-mode embeddings (BatchNorm running statistics, no parameter update), L2-normalised: {@code [N, D]}.
     * Inside a {@link GradientCollector} the result is differentiable with respect to {@code images}; the network's
     * parameters are kept out of that graph, so a backward pass through it leaves their gradients untouched.
     */
    public NDArray embed(NDArray images) {
        requireOpen();
        requireImages("images", images);
        NDArray z = network.withParametersFrozen(() -> network.embedding(asFloat32(images), false));
        // The small epsilon keeps the gradient finite for an all-zero embedding.
        return z.div(z.square().sum(new int[] {1}, true).add(1e-12f).sqrt());
    }

    /** Eval-mode logits {@code [N]}: positive means "looks augmented". Differentiable in the images like embed. */
    public NDArray logits(NDArray images) {
        requireOpen();
        requireImages("images", images);
        return network.withParametersFrozen(
                () -> network.logits(network.embedding(asFloat32(images), false), false));
    }

    /**
     * Eval-mode output of convolution stage {@code stage} (0-based): {@code [N, C_k, h_k, w_k]} with C_k the stage's
     * width and h_k = w_k = {@link DetectorConfig#featureMapSize(int)}. Differentiable in the images like embed.
     */
    public NDArray featureMap(NDArray images, int stage) {
        requireOpen();
        requireImages("images", images);
        config.featureMapSize(stage); // validates the stage index
        return network.withParametersFrozen(() -> network.featureMap(asFloat32(images), stage, false));
    }

    /**
     * Embeds rasters in batches of {@value #INFERENCE_BATCH} without recording gradients.
     *
     * @param images rasters of the working size S x S (any channel count; converted as in {@link RasterTensors})
     * @return one L2-normalised embedding of length D per raster, in order
     */
    public float[][] embedRasters(List<Raster> images, CancellationToken cancel) {
        requireOpen();
        float[][] embeddings = new float[images.size()][];
        int dim = config.embeddingDim();
        inBatches(images, cancel, (x, start, end) -> {
            float[] flat = embed(x).toFloatArray();
            for (int i = start; i < end; i++) {
                embeddings[i] = Arrays.copyOfRange(flat, (i - start) * dim, (i - start + 1) * dim);
            }
        });
        return embeddings;
    }

    /**
     * {@link #embed} of a batch of any size, in batches of {@value #INFERENCE_BATCH} without recording gradients, each
     * batch's activations freed before the next: thousands of patches embed within a few hundred MB.
     *
     * @return the embeddings {@code [N, D]}, on the images' manager
     */
    public NDArray embedInBatches(NDArray images) {
        requireOpen();
        long n = images.getShape().get(0);
        NDManager target = images.getManager();
        NDList parts = new NDList();
        try (GradientMode off = GradientMode.disabled()) {
            for (long start = 0; start < n; start += INFERENCE_BATCH) {
                try (NDManager batch = target.newSubManager()) {
                    NDArray part = images.get(start + ":" + Math.min(n, start + INFERENCE_BATCH));
                    part.attach(batch);
                    NDArray z = embed(part);
                    z.attach(target);
                    parts.add(z);
                }
            }
        }
        return parts.size() == 1 ? parts.singletonOrThrow() : NDArrays.concat(parts);
    }

    /**
     * Eval-mode feature maps of stage {@code stage} for rasters, in batches of {@value #INFERENCE_BATCH} without
     * recording gradients: the DJL-free form of {@link #featureMap} that localisation needs.
     *
     * @param images rasters of the working size S x S (converted as in {@link RasterTensors})
     * @return per raster {@code [h_k * w_k][C_k]}: position {@code y * w_k + x} (row-major), then its C_k channel
     *         values; h_k = w_k = {@link DetectorConfig#featureMapSize(int)}
     */
    public float[][][] featureMapRasters(List<Raster> images, int stage, CancellationToken cancel) {
        requireOpen();
        int side = config.featureMapSize(stage);
        int channels = config.stageWidths()[stage];
        float[][][] maps = new float[images.size()][][];
        inBatches(images, cancel, (x, start, end) -> {
            // [N, C, h, w] to [N, h, w, C]: each position's channels become contiguous
            float[] flat = featureMap(x, stage).transpose(0, 2, 3, 1).toFloatArray();
            for (int i = start; i < end; i++) {
                maps[i] = positionsOf(flat, (i - start) * side * side * channels, side * side, channels);
            }
        });
        return maps;
    }

    /** Work on one inference batch: {@code x} holds rasters {@code [start, end)}. */
    @FunctionalInterface
    private interface BatchWork {
        void run(NDArray x, int start, int end);
    }

    /**
     * Runs {@code work} on batches of {@value #INFERENCE_BATCH} rasters, without recording gradients, each batch's
     * arrays freed before the next (a sub-manager per batch), checking for cancellation between batches.
     */
    private void inBatches(List<Raster> images, CancellationToken cancel, BatchWork work) {
        try (GradientMode off = GradientMode.disabled()) {
            for (int start = 0; start < images.size(); start += INFERENCE_BATCH) {
                cancel.checkpoint();
                int end = Math.min(images.size(), start + INFERENCE_BATCH);
                try (NDManager batch = manager.newSubManager()) {
                    work.run(RasterTensors.toBatch(batch, images.subList(start, end), config.channels()), start, end);
                }
            }
        }
    }

    private static float[][] positionsOf(float[] flat, int offset, int positions, int channels) {
        float[][] out = new float[positions][];
        for (int p = 0; p < positions; p++) {
            out[p] = Arrays.copyOfRange(flat, offset + p * channels, offset + (p + 1) * channels);
        }
        return out;
    }

    /**
     * Writes the configuration and all parameters (including BatchNorm running statistics) into {@code dir},
     * replacing its previous content; written into a temporary sibling folder first and then moved into place.
     */
    public void save(Path dir) throws IOException {
        requireOpen();
        DetectorCheckpoint.write(dir, config, network);
    }

    private void requireImages(String name, NDArray images) {
        Shape shape = images.getShape();
        boolean matches = shape.dimension() == 4 && shape.get(0) > 0 && shape.get(1) == config.channels()
                && shape.get(2) == config.inputSize() && shape.get(3) == config.inputSize();
        if (!matches) {
            throw new IllegalArgumentException(name + " must be [N, " + config.channels() + ", " + config.inputSize()
                    + ", " + config.inputSize() + "] with N > 0, got " + shape);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("detector is closed");
        }
    }

    /** Frees the parameters and optimiser state; idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
            network.close();
        }
    }
}
