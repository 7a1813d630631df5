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
 * Patch descriptors of frozen pretrained features, PatchCore-style (issue #14): one vector per 8×8-pixel cell of an
 * image of any size, from one forward pass of a shipped network ({@link FrozenBackbone}). A shallow layer keeps small
 * defects; a deeper one sees more context and is bilinearly resampled to the same cells. The concatenation is
 * averaged over each cell's 3×3 neighbourhood, so a descriptor also describes the cell's surroundings and one noisy
 * activation does not decide its score. No training: nothing here changes.
 *
 * <p>MobileNetV2: {@code block_5_add} (stride 8, 32 ch) and {@code block_12_add} (stride 16, 96 ch), 128 values.
 * InceptionV3: {@code mixed2} and {@code mixed5}, projected to 96 + 160 values ({@link InceptionCellMaps}).
 *
 * <p>Owns the network's weights; not thread-safe (use one per thread).
 */
public final class FrozenPatchFeatures implements AutoCloseable {
    /** Pixels per cell along each axis. */
    public static final int STRIDE = MobileNetFeatures.STRIDE;
    /** Image sides that are multiples of this keep MobileNetV2's two layers aligned with the pixels. */
    public static final int SIZE_STEP = MobileNetFeatures.DEEP_STRIDE;
    private static final int NEIGHBOURHOOD = 3;

    /** A network's two layers on the cells, concatenated, before the neighbourhood averaging. */
    interface CellMaps extends AutoCloseable {
        /** {@code [1, dimension, rows, columns]} of an image {@code [1, C, H, W]}. */
        NDArray cells(NDArray image, int rows, int columns);

        @Override
        void close();
    }

    private final FrozenBackbone backbone;
    private final CellMaps maps;

    private FrozenPatchFeatures(FrozenBackbone backbone, CellMaps maps) {
        this.backbone = backbone;
        this.maps = maps;
    }

    /** Loads the shipped weights of the backbone. */
    public static FrozenPatchFeatures load(FrozenBackbone backbone) {
        return switch (backbone) {
            case MOBILENETV2 -> new FrozenPatchFeatures(backbone, new MobileNetCellMaps(MobileNetFeatures.load()));
            case INCEPTIONV3 -> new FrozenPatchFeatures(backbone, InceptionCellMaps.load());
        };
    }

    public FrozenBackbone backbone() {
        return backbone;
    }

    /** Length of one descriptor. */
    public int dimension() {
        return backbone.dimension();
    }

    /** Smallest image side these features describe. */
    public int minSide() {
        return backbone == FrozenBackbone.INCEPTIONV3 ? InceptionCellMaps.minSide() : SIZE_STEP;
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
     * The descriptors of each image: per image {@code [rows · columns][dimension()]}, cells row by row.
     *
     * @param images rasters in [0, 1], gray or RGB, at least {@link #minSide()} pixels each way
     */
    public List<float[][]> describe(List<Raster> images, CancellationToken cancel) {
        List<float[][]> out = new ArrayList<>(images.size());
        for (Raster image : images) {
            cancel.checkpoint();
            out.add(describe(image));
        }
        return out;
    }

    /** The descriptors of one image, {@code [rows · columns][dimension()]}. */
    public float[][] describe(Raster image) {
        int min = minSide();
        if (image.width() < min || image.height() < min) {
            throw new IllegalArgumentException("an image of " + image.width() + "x" + image.height()
                    + " is too small for the pretrained features (at least " + min + " pixels each way)");
        }
        int dimension = dimension();
        // one image at a time: large images at native resolution would make a batch of hundreds of MB
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(image.data(), new Shape(1, image.channels(), image.height(), image.width()));
            int rows = rows(image.height());
            int columns = columns(image.width());
            NDArray pooled = neighbourhoodAverage(maps.cells(x, rows, columns));
            float[] flat = pooled.reshape(dimension, (long) rows * columns).transpose().toFloatArray();
            float[][] cells = new float[rows * columns][dimension];
            for (int i = 0; i < cells.length; i++) {
                System.arraycopy(flat, i * dimension, cells[i], 0, dimension);
            }
            return cells;
        }
    }

    /**
     * The 3×3 average of each cell's neighbourhood. Meant to divide by the cells inside the image, but DJL's PyTorch
     * engine ignores {@code countIncludePad}: MobileNetV2's border cells have always been averaged with zeros, and
     * stay so, since saved memory banks hold such descriptors. InceptionV3 has no saved models to match and divides
     * by the cells inside ({@link WindowAverage}).
     */
    private NDArray neighbourhoodAverage(NDArray both) {
        if (backbone == FrozenBackbone.MOBILENETV2) {
            return Pool.avgPool2d(both, new Shape(NEIGHBOURHOOD, NEIGHBOURHOOD), new Shape(1, 1),
                    new Shape(NEIGHBOURHOOD / 2, NEIGHBOURHOOD / 2), false, false);
        }
        return WindowAverage.insideMap(both, NEIGHBOURHOOD);
    }

    /** MobileNetV2's {@code block_5_add} (already on the cells) and {@code block_12_add} upsampled to them. */
    private record MobileNetCellMaps(MobileNetFeatures net) implements CellMaps {
        @Override
        public NDArray cells(NDArray image, int rows, int columns) {
            NDArray[] layers = net.twoLayers(image);
            return layers[0].concat(BilinearResampling.resample(layers[1], rows, columns, BilinearResampling.CENTRES), 1);
        }

        @Override
        public void close() {
            net.close();
        }
    }

    @Override
    public void close() {
        maps.close();
    }
}
