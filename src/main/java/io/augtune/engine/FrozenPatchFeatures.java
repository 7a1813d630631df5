package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;

/**
 * Patch descriptors of frozen pretrained features, PatchCore-style (issue #14): one 128-d vector per 8×8-pixel cell
 * of an image of any size, from one forward pass of the shipped MobileNetV2. {@code block_5_add} (stride 8, 32 ch)
 * keeps small defects; {@code block_12_add} (stride 16, 96 ch) sees more context and is bilinearly upsampled to the
 * same cells. The concatenation is averaged over each cell's 3×3 neighbourhood, so a descriptor also describes the
 * cell's surroundings and one noisy activation does not decide its score. No training: nothing here changes.
 *
 * <p>Owns the network's weights; not thread-safe (use one per thread).
 */
public final class FrozenPatchFeatures implements AutoCloseable {
    /** Name of these features in saved models. */
    public static final String NAME = "mobilenetv2-block5+block12";
    /** Length of one descriptor. */
    public static final int DIMENSION = MobileNetFeatures.CHANNELS + MobileNetFeatures.DEEP_CHANNELS;
    /** Pixels per cell along each axis. */
    public static final int STRIDE = MobileNetFeatures.STRIDE;
    /** Image sides that are multiples of this keep both layers aligned with the pixels. */
    public static final int SIZE_STEP = MobileNetFeatures.DEEP_STRIDE;
    private static final int NEIGHBOURHOOD = 3;

    private final MobileNetFeatures net;

    private FrozenPatchFeatures(MobileNetFeatures net) {
        this.net = net;
    }

    /** Loads the shipped weights. */
    public static FrozenPatchFeatures load() {
        return new FrozenPatchFeatures(MobileNetFeatures.load());
    }

    /** Cells across an image of this width. */
    public static int columns(int width) {
        return MobileNetFeatures.outputSize(width);
    }

    /** Cells down an image of this height. */
    public static int rows(int height) {
        return MobileNetFeatures.outputSize(height);
    }

    /**
     * The descriptors of each image: per image {@code [rows · columns][DIMENSION]}, cells row by row.
     *
     * @param images rasters in [0, 1], gray or RGB, at least 16 pixels each way
     */
    public List<float[][]> describe(List<Raster> images, CancellationToken cancel) {
        List<float[][]> out = new ArrayList<>(images.size());
        for (Raster image : images) {
            cancel.checkpoint();
            out.add(describe(image));
        }
        return out;
    }

    /** The descriptors of one image, {@code [rows · columns][DIMENSION]}. */
    public float[][] describe(Raster image) {
        if (image.width() < SIZE_STEP || image.height() < SIZE_STEP) {
            throw new IllegalArgumentException("an image of " + image.width() + "x" + image.height()
                    + " is too small for the pretrained features (at least " + SIZE_STEP + " pixels each way)");
        }
        // one image at a time: large images at native resolution would make a batch of hundreds of MB
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(image.data(), new Shape(1, image.channels(), image.height(), image.width()));
            NDArray[] layers = net.twoLayers(x);
            NDArray shallow = layers[0];
            int rows = (int) shallow.getShape().get(2);
            int columns = (int) shallow.getShape().get(3);
            NDArray deep = upsample(layers[1], rows, columns);
            NDArray both = shallow.concat(deep, 1);
            // count_include_pad false: border cells average what exists instead of fading towards zero
            NDArray pooled = Pool.avgPool2d(both, new Shape(NEIGHBOURHOOD, NEIGHBOURHOOD), new Shape(1, 1),
                    new Shape(NEIGHBOURHOOD / 2, NEIGHBOURHOOD / 2), false, false);
            float[] flat = pooled.reshape(DIMENSION, (long) rows * columns).transpose().toFloatArray();
            float[][] cells = new float[rows * columns][DIMENSION];
            for (int i = 0; i < cells.length; i++) {
                System.arraycopy(flat, i * DIMENSION, cells[i], 0, DIMENSION);
            }
            return cells;
        }
    }

    /**
     * Bilinear upsampling of {@code [1, C, h, w]} to {@code [1, C, rows, columns]} as two matrix products, with the
     * cell centres aligned (a deep position's centre lies between two shallow ones: half-pixel convention, edges
     * clamped).
     */
    static NDArray upsample(NDArray x, int rows, int columns) {
        int h = (int) x.getShape().get(2);
        int w = (int) x.getShape().get(3);
        NDManager m = x.getManager();
        NDArray down = m.create(weights(rows, h), new Shape(rows, h));
        NDArray acrossT = m.create(weights(columns, w), new Shape(columns, w)).transpose();
        // x · acrossᵀ interpolates along rows of every channel, then down · (that) along columns
        return down.matMul(x.matMul(acrossT));
    }

    /** Interpolation matrix {@code [to][from]}: row i holds the bilinear weights of output i over the inputs. */
    static float[] weights(int to, int from) {
        float[] m = new float[to * from];
        double scale = (double) from / to;
        for (int i = 0; i < to; i++) {
            double src = Math.min(from - 1, Math.max(0, (i + 0.5) * scale - 0.5));
            int lo = (int) Math.floor(src);
            int hi = Math.min(from - 1, lo + 1);
            double frac = src - lo;
            m[i * from + lo] += (float) (1 - frac);
            m[i * from + hi] += (float) frac;
        }
        return m;
    }

    @Override
    public void close() {
        net.close();
    }
}
